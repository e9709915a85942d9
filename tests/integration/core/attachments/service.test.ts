import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exiftoolTags, photoWithGps, pngWithGps, toneWav } from '../../../support/sample-files';
import { meeting, PASSPHRASE, useTempDirs } from '../../../support/temp-vault';
import { answerAttachmentRequest } from '../../../../electron/core/attachments/http';

const temp = useTempDirs();

async function withEntry() {
  const { session, notebook } = await temp.unlockedNotebook();
  const entry = notebook.entries.create(meeting());
  return { session, notebook, entryId: entry.id, dir: temp.dir() };
}

describe('attachments service', () => {
  it('adds a file with its row and audit record, lists it, reads it back, removes it keeping its metadata', async () => {
    const { notebook, entryId, dir } = await withEntry();
    const wav = toneWav(dir, 1, 'memo from Amal Haddad.wav');
    const added = await notebook.attachments.add({ entryId, path: wav, stripLocation: false });
    expect(added).toMatchObject({ entryId, name: 'memo from Amal Haddad.wav', mediaType: 'audio/wav', bytes: 16044, stripped: false, removedAt: null });
    expect(notebook.attachments.list(entryId).map((a) => a.id)).toEqual([added.id]);
    const { reader } = await notebook.attachments.open(added.id);
    expect((await reader.read(0, 16044)).equals(readFileSync(wav))).toBe(true);
    await reader.close();
    const audit = notebook.audit.list({ limit: 50, offset: 0 }).records;
    const addedRecord = audit.find((record) => record.action === 'attachment.added');
    expect(addedRecord).toMatchObject({ subjectId: added.id });
    expect(JSON.stringify(audit)).not.toContain('Haddad');

    await notebook.attachments.remove(added.id);
    expect(notebook.attachments.list(entryId)).toEqual([]);
    const history = notebook.attachments.list(entryId, { includeRemoved: true });
    expect(history).toHaveLength(1);
    expect(history[0]?.removedAt).not.toBeNull();
    expect(existsSync(join(notebook.attachments.dir, added.id))).toBe(false);
    expect(notebook.audit.list({ limit: 50, offset: 0 }).records.some((record) => record.action === 'attachment.removed' && record.subjectId === added.id)).toBe(true);
    expect(() => notebook.attachments.get(added.id)).toThrow(/no such attachment/);
  });

  it('refuses an entry that does not exist, and leaves no file behind', async () => {
    const { notebook, dir } = await withEntry();
    const wav = toneWav(dir);
    await expect(notebook.attachments.add({ entryId: '0b9c2a4e-4c1b-4c47-9a53-1c1f2b6f1a11', path: wav, stripLocation: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(existsSync(notebook.attachments.dir) ? readdirSync(notebook.attachments.dir) : []).toEqual([]);
  });

  it('shows what a photo carries and strips location, device and XMP from the stored copy', async () => {
    const { notebook, entryId, dir } = await withEntry();
    const photo = photoWithGps(dir);
    const preview = await notebook.attachments.preview(photo);
    expect(preview).toMatchObject({ mediaType: 'image/jpeg', metadata: { location: true, device: true, takenAt: true }, strippable: true });

    const kept = await notebook.attachments.add({ entryId, path: photo, stripLocation: false });
    const stripped = await notebook.attachments.add({ entryId, path: photo, stripLocation: true });
    expect(kept.stripped).toBe(false);
    expect(stripped).toMatchObject({ stripped: true, metadata: { location: true } });

    const out = join(dir, 'copy.jpg');
    await notebook.attachments.saveCopy(stripped.id, out, { overwrite: false });
    const tags = exiftoolTags(out);
    expect(Object.keys(tags).some((key) => key.startsWith('EXIF:GPS') || key.startsWith('XMP'))).toBe(false);
    expect(JSON.stringify(tags)).not.toMatch(/SN-4242|FieldCam|XMP-CANARY/);
    expect(tags['File:ImageWidth']).toBe(64);
    // The unstripped copy is byte for byte the original.
    await notebook.attachments.saveCopy(kept.id, join(dir, 'kept.jpg'), { overwrite: false });
    expect(readFileSync(join(dir, 'kept.jpg')).equals(readFileSync(photo))).toBe(true);
    expect((await notebook.attachments.preview(out)).metadata).toEqual({ location: false, device: false, takenAt: false });
  });

  it('strips a PNG’s eXIf and text chunks', async () => {
    const { notebook, entryId, dir } = await withEntry();
    const png = pngWithGps(dir);
    expect((await notebook.attachments.preview(png)).metadata.location).toBe(true);
    const stored = await notebook.attachments.add({ entryId, path: png, stripLocation: true });
    const out = join(dir, 'out.png');
    await notebook.attachments.saveCopy(stored.id, out, { overwrite: false });
    const bytes = readFileSync(out);
    expect(bytes.includes('eXIf')).toBe(false);
    expect(bytes.includes('PNG-TEXT-CANARY')).toBe(false);
    expect(exiftoolTags(out)['PNG:ImageWidth']).toBe(32);
  });

  it('save a copy refuses an existing file unless told, leaves no temporary file, and is audited', async () => {
    const { notebook, entryId, dir } = await withEntry();
    const added = await notebook.attachments.add({ entryId, path: toneWav(dir), stripLocation: false });
    const target = join(dir, 'there.wav');
    writeFileSync(target, 'mine');
    await expect(notebook.attachments.saveCopy(added.id, target, { overwrite: false })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(readFileSync(target, 'utf8')).toBe('mine');
    await notebook.attachments.saveCopy(added.id, target, { overwrite: true });
    expect(readFileSync(target).length).toBe(added.bytes);
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(notebook.audit.list({ limit: 50, offset: 0 }).records.filter((record) => record.action === 'attachment.copy-saved')).toHaveLength(1);
  });

  it('a cancelled add leaves no file and no row', async () => {
    const { notebook, entryId, dir } = await withEntry();
    const big = join(dir, 'big.bin');
    execFileSync('truncate', ['-s', '64M', big]);
    const controller = new AbortController();
    const adding = notebook.attachments.add({ entryId, path: big, stripLocation: false, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(adding).rejects.toMatchObject({ message: 'Cancelled: nothing was added.' });
    expect(notebook.attachments.list(entryId, { includeRemoved: true })).toEqual([]);
    expect(readdirSync(notebook.attachments.dir)).toEqual([]);
  });

  it('reports orphans both ways, sweeps .partial files at unlock, closes readers at lock', async () => {
    const { session, notebook, entryId, dir } = await withEntry();
    const a = await notebook.attachments.add({ entryId, path: toneWav(dir), stripLocation: false });
    const b = await notebook.attachments.add({ entryId, path: toneWav(dir), stripLocation: false });
    rmSync(join(notebook.attachments.dir, a.id));
    const stray = '6f0c3a52-8a0e-4a8e-9b3f-2f9e1c7d5b10';
    writeFileSync(join(notebook.attachments.dir, stray), 'x');
    writeFileSync(join(notebook.attachments.dir, `${stray}.partial`), 'x');
    expect(notebook.attachments.orphans()).toEqual({ filesWithoutRow: [stray], rowsWithoutFile: [a.id] });

    const { reader } = await notebook.attachments.open(b.id);
    session.lock();
    await expect(reader.read(0, 10)).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    await session.unlock(PASSPHRASE);
    const reopened = session.requireNotebook();
    expect(readdirSync(reopened.attachments.dir).some((name) => name.endsWith('.partial'))).toBe(false);
    expect(await reopened.attachments.removeOrphanFiles()).toBe(1);
    expect(reopened.attachments.orphans().filesWithoutRow).toEqual([]);
  });

  it('a folder or a FIFO is refused with one clear message', async () => {
    const { notebook, entryId, dir } = await withEntry();
    await expect(notebook.attachments.add({ entryId, path: dir, stripLocation: false })).rejects.toMatchObject({ code: 'SOURCE_UNREADABLE' });
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    await expect(notebook.attachments.add({ entryId, path: fifo, stripLocation: false })).rejects.toMatchObject({ code: 'SOURCE_UNREADABLE' });
  });
});

describe('attachments over the app protocol', () => {
  it('serves whole files and ranges, refuses types it does not show and anything after a lock', async () => {
    const { session, notebook, entryId, dir } = await withEntry();
    const wav = toneWav(dir);
    const original = readFileSync(wav);
    const added = await notebook.attachments.add({ entryId, path: wav, stripLocation: false });
    const open = (id: string) => session.requireNotebook().attachments.open(id).then(({ attachment, reader }) => ({ mediaType: attachment.mediaType, reader }));
    const bodyOf = async (answer: { body: NodeJS.ReadableStream | null }) => {
      const parts: Buffer[] = [];
      for await (const part of answer.body ?? []) parts.push(part as Buffer);
      return Buffer.concat(parts);
    };
    const whole = await answerAttachmentRequest(open, added.id, 'GET', null);
    expect(whole.status).toBe(200);
    expect(whole.headers).toMatchObject({ 'Content-Type': 'audio/wav', 'Cache-Control': 'no-store', 'Content-Length': '16044' });
    expect((await bodyOf(whole)).equals(original)).toBe(true);

    const middle = await answerAttachmentRequest(open, added.id, 'GET', 'bytes=70000-');
    expect(middle.status).toBe(416);
    const part = await answerAttachmentRequest(open, added.id, 'GET', 'bytes=1000-1999');
    expect(part.status).toBe(206);
    expect(part.headers['Content-Range']).toBe('bytes 1000-1999/16044');
    expect((await bodyOf(part)).equals(original.subarray(1000, 2000))).toBe(true);
    const tail = await answerAttachmentRequest(open, added.id, 'GET', 'bytes=-44');
    expect((await bodyOf(tail)).equals(original.subarray(16000))).toBe(true);

    const other = join(dir, 'notes.bin');
    writeFileSync(other, 'plain bytes of no known type');
    const binary = await notebook.attachments.add({ entryId, path: other, stripLocation: false });
    expect((await answerAttachmentRequest(open, binary.id, 'GET', null)).status).toBe(415);

    session.lock();
    expect((await answerAttachmentRequest(open, added.id, 'GET', null)).status).toBe(404);
  });
});
