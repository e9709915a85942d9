import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFilterSchema } from '../../../../shared/domain/bundles';
import { officerExportingToHq } from '../../../support/export-to-hq';
import { meeting, useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();

// The officer's ticked entries narrow what the filters match; preview and bundle agree.
describe('export of an explicit selection', () => {
  it('preview and export carry only the chosen entries among those the filters match', async () => {
    const { notebook, exporter, open } = await officerExportingToHq(temp);
    const [a, b] = ['Annex meeting', 'Court meeting', 'Depot meeting'].map((title) => notebook.entries.create(meeting({ title })).id);
    const ids = [a as string, b as string, randomUUID()];

    expect(exporter.preview({}, false).entries).toBe(3);
    expect(exporter.preview({ ids }, false).entries).toBe(2);
    expect(exporter.preview({ ids, kind: 'consent' }, false).entries).toBe(0);
    const out = join(temp.dir(), 'chosen.fieldnotes');
    await exporter.export({ to: ['HQ'], out, filter: { ids } });
    const opened = await open(out);
    expect(opened.manifest.counts.entries).toBe(2);
    expect([...opened.small.keys()].filter((name) => name.startsWith('entries/')).sort()).toEqual([`entries/${a}.json`, `entries/${b}.json`].sort());
  }, 120_000);

  it('the channel takes up to 5000 entry ids, none malformed', () => {
    expect(exportFilterSchema.safeParse({ ids: Array.from({ length: 5000 }, () => randomUUID()) }).success).toBe(true);
    expect(exportFilterSchema.safeParse({ ids: Array.from({ length: 5001 }, () => randomUUID()) }).success).toBe(false);
    expect(exportFilterSchema.safeParse({ ids: ['../x'] }).success).toBe(false);
    expect(exportFilterSchema.safeParse({ ids: [] }).success).toBe(false);
  });
});
