import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PASSPHRASE, expectOneErrorLine, runInProcess, useTempDir } from './run-cli';

describe('fieldnotes entry add: a case action on the defender\'s behalf', () => {
  const tempDir = useTempDir();
  let env: Record<string, string>;
  let defenderId: string;
  const file = (name: string, value: unknown) => {
    const path = join(tempDir(), name);
    writeFileSync(path, JSON.stringify(value));
    return path;
  };
  const caseWith = (action: Record<string, unknown>) => ({ kind: 'case', title: 'Case of Falcon', defenderId, actions: [{ action: 'public-statement', status: 'done', onBehalf: true, ...action }] });

  beforeAll(async () => {
    env = { FIELDNOTES_VAULT: join(tempDir(), 'vault'), FIELDNOTES_PASSPHRASE: PASSPHRASE };
    expect((await runInProcess(['vault', 'create'], { env })).code).toBe(0);
    const added = await runInProcess(['person', 'add', '--pseudonym', 'Falcon'], { env });
    expect(added.code, added.stderr).toBe(0);
    defenderId = added.stdout.trim();
    const consent = { kind: 'consent', title: 'Consent of Falcon', personId: defenderId, scopes: ['contact-and-meet'] };
    expect((await runInProcess(['entry', 'add', '--json', file('c.json', consent)], { env })).code).toBe(0);
  });

  it('is refused without a covering consent (exit 1, one line naming the scope), and nothing is written', async () => {
    expectOneErrorLine(await runInProcess(['entry', 'add', '--json', file('refused.json', caseWith({}))], { env }), 1, /named-in-public-statements/);
    const list = JSON.parse((await runInProcess(['entry', 'list', '--json'], { env })).stdout) as { entries: { kind: string }[] };
    expect(list.entries.map((e) => e.kind)).not.toContain('case');
  });

  it('is written with an overrideReason, and the override is audited without the reason', async () => {
    const added = await runInProcess(['entry', 'add', '--json', file('override.json', caseWith({ overrideReason: 'Urgent: detained overnight, unreachable' }))], { env });
    expect(added.code, added.stderr).toBe(0);
    const audit = await runInProcess(['audit', 'list', '--action', 'consent.gate-overridden', '--json'], { env });
    const page = JSON.parse(audit.stdout) as { records: { subjectId: string; detail: { scope: string } }[] };
    expect(page.records.map((r) => [r.subjectId, r.detail.scope])).toEqual([[(JSON.parse(added.stdout) as { id: string }).id, 'named-in-public-statements']]);
    expect(audit.stdout).not.toContain('overnight');
    const shown = await runInProcess(['entry', 'show', (JSON.parse(added.stdout) as { id: string }).id], { env });
    expect(shown.stdout).toMatch(/Actions:\n\s+done\s+-+\s+public-statement on behalf \(named-in-public-statements\), without consent: Urgent/);
  });
});
