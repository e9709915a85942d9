import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../../electron/core/db/connection';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { listPlan } from '../../../electron/core/db/repositories/entry-list-plan';
import { useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();

describe('migration 17 (entry kind by seq)', () => {
  it("checks a facet list's kind in the small index, never the entries' own pages; rows are kept", () => {
    const db = openEncryptedDatabase(`${temp.dir()}/n.db`, randomBytes(32), { create: true });
    migrate(db, MIGRATIONS.slice(0, 16));
    db.prepare(`INSERT INTO entries (id, kind, status, sensitivity, title, body, occurred_at, location, country, created_at, updated_at, revision)
      VALUES ('00000000-0000-4000-8000-000000000001', 'meeting', 'draft', 'normal', 't', 'b', NULL, '', '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 1)`).run();
    expect(migrate(db)).toBeGreaterThanOrEqual(17);

    // The facet's id in facet_values (migration 19) does not matter to the plan.
    const plan = listPlan({ kind: 'meeting', facets: [{ facet: 'outlet', value: 'hq-reporting' }], limit: 100, offset: 0 }, [1]);
    const steps = db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) ${plan.from} ${plan.where}`).all(plan.params) as { detail: string }[];
    expect(steps.map((s) => s.detail)).toEqual(expect.arrayContaining([expect.stringMatching(/^SEARCH e USING COVERING INDEX entries_kind_by_seq/)]));
    expect(db.prepare('SELECT kind FROM entries').pluck().all()).toEqual(['meeting']);
    db.close();
  });
});
