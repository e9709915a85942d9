import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { officerExportingToHq } from '../../../support/export-to-hq';
import { meeting, useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();

// A sequence number is spent only by a bundle that exists: a cancelled or failed export gives
// its number back, or headquarters would wait for a bundle that never was.
describe('export sequence numbers', () => {
  it('export, cancel, fail, export: the written bundles are 1 and 2; a number a later export passed stays spent', async () => {
    const { notebook, stores, exporter } = await officerExportingToHq(temp);
    notebook.entries.create(meeting({ title: 'Annex meeting' }));
    const dir = temp.dir();
    const run = (name: string, signal?: AbortSignal, onProgress?: () => void) => exporter.export({ to: ['HQ'], out: join(dir, name), filter: {}, signal, onProgress });

    expect((await run('1.fieldnotes')).sequence).toBe(1);
    const cancel = new AbortController();
    await expect(run('cancelled.fieldnotes', cancel.signal, () => cancel.abort())).rejects.toThrow();
    await expect(run('1.fieldnotes')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await run('2.fieldnotes')).sequence).toBe(2);
    expect(existsSync(join(dir, 'cancelled.fieldnotes'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['1.fieldnotes', '2.fieldnotes']);

    const third = stores.officer.reserveSequence();
    expect(stores.officer.reserveSequence()).toBe(4);
    stores.officer.releaseSequence(third);
    expect(stores.officer.reserveSequence()).toBe(5);
  }, 120_000);
});
