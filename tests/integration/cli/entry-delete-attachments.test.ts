import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { toneWav } from '../../support/sample-files';
import { useCliVault } from './run-cli';

/**
 * Deleting an entry takes its attachments with it: the rows are marked removed in the delete's
 * transaction (with an audit record each), the files destroyed after the commit, and the
 * attachments' metadata stays for the history, so `vault check` finds nothing left over.
 */
describe('fieldnotes entry rm with attachments', () => {
  const vault = useCliVault();
  const { run, ok } = vault;
  const newEntry = async (title: string) => contract['entry:create'].output.parse(JSON.parse(await ok(['entry', 'add', '--title', title, '--json']))).id;

  it('destroys the deleted entry’s files, keeps another entry’s, and vault check finds no orphan', async () => {
    const dir = vault.dir;
    const doomed = await newEntry('Hearing notes to delete');
    const kept = await newEntry('Hearing notes to keep');
    const gone = [await ok(['attachment', 'add', doomed, toneWav(dir, 1, 'a.wav')]), await ok(['attachment', 'add', doomed, toneWav(dir, 2, 'b.wav')])];
    const stays = await ok(['attachment', 'add', kept, toneWav(dir, 1, 'c.wav')]);
    const folder = join(dir, 'vault', 'attachments');
    expect(readdirSync(folder).sort()).toEqual([...gone, stays].sort());

    await ok(['entry', 'rm', doomed]);

    expect(readdirSync(folder)).toEqual([stays]);
    for (const id of gone) expect(existsSync(join(folder, id))).toBe(false);
    const check = await run(['vault', 'check']);
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/^Attachments: ok$/m);
    const audit = (JSON.parse(await ok(['audit', 'list', '--json'])) as { records: { action: string; subjectId: string | null }[] }).records;
    for (const id of gone) expect(audit.filter((record) => record.action === 'attachment.removed' && record.subjectId === id)).toHaveLength(1);
    expect(await ok(['attachment', 'list', kept])).toContain(stays);
  });
});
