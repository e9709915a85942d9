import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEXT_PASSPHRASE } from '../../cli/run-cli';
import { toneWav } from '../../../support/sample-files';
import { meeting, PASSPHRASE, useTempDirs } from '../../../support/temp-vault';
import { HEADER_BYTES } from '../../../../electron/core/attachments/format';
import { vaultLayout } from '../../../../electron/core/vault/layout';
import { switchReencryptedAttachments } from '../../../../electron/core/vault/rekey-attachments';
import type { VaultSession } from '../../../../electron/core/vault/session';

const temp = useTempDirs();

async function readWhole(session: VaultSession, id: string): Promise<Buffer> {
  const { reader } = await session.requireNotebook().attachments.open(id);
  try {
    return await reader.read(0, reader.bytes);
  } finally {
    await reader.close();
  }
}

async function vaultWithAttachments() {
  const { session, notebook } = await temp.unlockedNotebook();
  const dir = temp.dir();
  const entryId = notebook.entries.create(meeting()).id;
  const paths = [toneWav(dir, 1, 'one.wav'), toneWav(dir, 3, 'three.wav')];
  const kept = [];
  for (const path of paths) kept.push(await notebook.attachments.add({ entryId, path, stripLocation: false }));
  const removed = await notebook.attachments.add({ entryId, path: toneWav(dir, 2, 'gone.wav'), stripLocation: false });
  await notebook.attachments.remove(removed.id);
  return { session, entryId, paths, kept, folder: notebook.attachments.dir };
}

const headerOf = (folder: string, id: string) => readFileSync(join(folder, id)).subarray(0, HEADER_BYTES);

describe('re-encryption (passphrase change with rekey) carries attachments over', () => {
  it('every attachment opens after it under the new key alone, each under a new file key, nothing left beside it', async () => {
    const { session, paths, kept, folder } = await vaultWithAttachments();
    const before = kept.map((a) => headerOf(folder, a.id));

    await session.changePassphrase(PASSPHRASE, NEXT_PASSPHRASE, { rekey: true });

    // Still unlocked: reopened under the new key with its new subkeys.
    for (const [i, attachment] of kept.entries()) expect((await readWhole(session, attachment.id)).equals(readFileSync(paths[i] as string))).toBe(true);
    kept.forEach((attachment, i) => expect(headerOf(folder, attachment.id).equals(before[i] as Buffer)).toBe(false));
    expect(readdirSync(folder).sort()).toEqual(kept.map((a) => a.id).sort());
    expect(session.requireNotebook().attachments.orphans()).toEqual({ filesWithoutRow: [], rowsWithoutFile: [] });

    session.lock();
    await expect(session.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await session.unlock(NEXT_PASSPHRASE);
    for (const [i, attachment] of kept.entries()) expect((await readWhole(session, attachment.id)).equals(readFileSync(paths[i] as string))).toBe(true);
  });

  it('an attachment that no longer decrypts stops it before the header changes: the old passphrase and every file still work', async () => {
    const { session, paths, kept, folder } = await vaultWithAttachments();
    const [good, bad] = kept as [(typeof kept)[0], (typeof kept)[0]];
    const damaged = readFileSync(join(folder, bad.id));
    damaged[HEADER_BYTES + 10] = (damaged[HEADER_BYTES + 10] ?? 0) ^ 1;
    writeFileSync(join(folder, bad.id), damaged);

    await expect(session.changePassphrase(PASSPHRASE, NEXT_PASSPHRASE, { rekey: true })).rejects.toMatchObject({ code: 'ATTACHMENT_CORRUPT' });

    expect(readdirSync(folder).sort()).toEqual([good.id, bad.id].sort());
    expect((await readWhole(session, good.id)).equals(readFileSync(paths[0] as string))).toBe(true);
    session.lock();
    await session.unlock(PASSPHRASE);
    expect((await readWhole(session, good.id)).equals(readFileSync(paths[0] as string))).toBe(true);
  });

  it('the switch step, run again after a crash, finishes what a crash cut short and destroys the old file key', () => {
    const layout = vaultLayout(join(temp.dir(), 'vault'));
    const ids = ['0b9c2a4e-4c1b-4c47-9a53-1c1f2b6f1a11', '6f0c3a52-8a0e-4a8e-9b3f-2f9e1c7d5b10'];
    const [replaced, pending] = ids as [string, string];
    mkdirSync(layout.attachments, { recursive: true });
    // The first was switched before the crash; the second's old file is still there beside its copy.
    writeFileSync(join(layout.attachments, replaced), 'new-1');
    writeFileSync(join(layout.attachments, pending), 'old-2');
    writeFileSync(join(layout.attachments, `${pending}.rekey`), 'new-2');

    switchReencryptedAttachments(layout);
    switchReencryptedAttachments(layout);

    expect(readdirSync(layout.attachments).sort()).toEqual([...ids].sort());
    expect(readFileSync(join(layout.attachments, replaced), 'utf8')).toBe('new-1');
    expect(readFileSync(join(layout.attachments, pending), 'utf8')).toBe('new-2');
  });

  it('copies left by a re-encryption that never reached the header are discarded at the next unlock', async () => {
    const { session, paths, kept, folder } = await vaultWithAttachments();
    const first = kept[0] as (typeof kept)[0];
    writeFileSync(join(folder, `${first.id}.rekey`), 'a copy under a key nobody holds');
    session.lock();
    await session.unlock(PASSPHRASE);
    expect(readdirSync(folder).sort()).toEqual(kept.map((a) => a.id).sort());
    expect((await readWhole(session, first.id)).equals(readFileSync(paths[0] as string))).toBe(true);
  });
});
