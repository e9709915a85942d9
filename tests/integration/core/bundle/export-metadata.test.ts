import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { photoWithGps, pngWithGps, toneWav } from '../../../support/sample-files';
import { officerExportingToHq } from '../../../support/export-to-hq';
import { meeting, useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** What exiftool (an independent reader) finds of location and device in a file. */
function tagsOf(path: string): string {
  return execFileSync('exiftool', ['-s', '-GPS:all', '-Make', '-Model', '-SerialNumber', '-XMP:Creator', path], { encoding: 'utf8' });
}

interface BundledAttachment {
  id: string;
  name: string;
  bytes: number;
  sha256: string;
  stripped: boolean;
  metadata: { location: boolean; device: boolean; takenAt: boolean };
}

// Issue 10: attachments leave with location and device metadata stripped; the stored copy is untouched.
describe('export strips location and device metadata from photos by default', () => {
  it('a JPEG and a PNG kept whole in the vault leave without GPS, camera or serial; a voice memo leaves as it is', async () => {
    const { notebook, exporter, open } = await officerExportingToHq(temp);
    const entryId = notebook.entries.create(meeting({ title: 'Court notice photographed' })).id;
    const dir = temp.dir();
    const photo = await notebook.attachments.add({ entryId, path: photoWithGps(dir), stripLocation: false });
    const scan = await notebook.attachments.add({ entryId, path: pngWithGps(dir), stripLocation: false });
    const memo = await notebook.attachments.add({ entryId, path: toneWav(dir), stripLocation: false });
    expect(photo.metadata).toMatchObject({ location: true, device: true });

    const out = join(dir, 'notice.fieldnotes');
    await exporter.export({ to: ['HQ'], out, filter: {} });
    const extracted = join(dir, 'opened');
    const opened = await open(out, extracted);

    const photoOut = join(extracted, 'attachments', photo.id);
    const scanOut = join(extracted, 'attachments', scan.id);
    for (const file of [photoOut, scanOut]) {
      const tags = tagsOf(file);
      expect(tags).not.toMatch(/GPS|Make|Model|SerialNumber|Creator/);
      expect(readFileSync(file).includes('CANARY')).toBe(false);
    }
    expect(execFileSync('identify', ['-format', '%wx%h', photoOut], { encoding: 'utf8' })).toBe('64x48');
    expect(sha256(readFileSync(join(extracted, 'attachments', memo.id)))).toBe(memo.sha256);

    // The entry's record describes the files as they left: stripped, with their own size and hash.
    const record = JSON.parse(opened.small.get(`entries/${entryId}.json`)?.toString('utf8') ?? '{}') as { attachments: BundledAttachment[] };
    const byId = new Map(record.attachments.map((a) => [a.id, a]));
    for (const [attachment, file] of [
      [photo, photoOut],
      [scan, scanOut],
    ] as const) {
      const bytes = readFileSync(file);
      expect(byId.get(attachment.id)).toMatchObject({ stripped: true, bytes: bytes.length, sha256: sha256(bytes), metadata: { location: false, device: false, takenAt: false } });
    }
    expect(byId.get(memo.id)).toMatchObject({ stripped: false, bytes: memo.bytes, sha256: memo.sha256 });
    expect(opened.manifest.counts.attachments).toBe(3);
    // The manifest says, per file that carried any, that its metadata was removed.
    expect(opened.manifest.attachmentMetadata?.map((r) => [r.file, r.outcome]).sort()).toEqual([[`attachments/${photo.id}`, 'removed'], [`attachments/${scan.id}`, 'removed']].sort());

    // The vault's own copy keeps what the officer chose to keep.
    const { reader } = await notebook.attachments.open(photo.id);
    const stored = await reader.read(0, photo.bytes);
    await reader.close();
    expect(sha256(Buffer.from(stored))).toBe(photo.sha256);
  }, 180_000);
});

// Issue 10: "… unless the officer keeps it for a file on purpose": per file, off by default.
describe('the officer keeps a file\'s metadata on purpose', () => {
  async function twoPhotos() {
    const { notebook, stores, exporter, open } = await officerExportingToHq(temp);
    const entryId = notebook.entries.create(meeting({ title: 'Checkpoint photographed' })).id;
    const dir = temp.dir();
    const photo = await notebook.attachments.add({ entryId, path: photoWithGps(dir), stripLocation: false });
    const scan = await notebook.attachments.add({ entryId, path: pngWithGps(dir), stripLocation: false });
    const memo = await notebook.attachments.add({ entryId, path: toneWav(dir), stripLocation: false });
    return { notebook, stores, exporter, dir, photo, scan, memo, open };
  }

  it('the preview lists each file that carries metadata; a kept photo leaves byte-identical with its GPS, the other cleaned; the manifest and the audit row say which', async () => {
    const { notebook, exporter, dir, photo, scan, open } = await twoPhotos();
    const plan = exporter.preview({}, false);
    expect(plan.withMetadata.map((a) => a.attachmentId).sort()).toEqual([photo.id, scan.id].sort());
    expect(plan.withMetadata.find((a) => a.attachmentId === photo.id)).toMatchObject({ name: 'court-notice.jpg', location: true, device: true, takenAt: true, removable: true });
    expect(plan.metadataKept).toBe(0);

    const out = join(dir, 'kept.fieldnotes');
    const written = await exporter.export({ to: ['HQ'], out, filter: {}, keepMetadata: [photo.id] });
    expect(written.plan.metadataKept).toBe(1);
    const extracted = join(dir, 'opened');
    const opened = await open(out, extracted);
    const kept = readFileSync(join(extracted, 'attachments', photo.id));
    expect(sha256(kept)).toBe(photo.sha256);
    expect(tagsOf(join(extracted, 'attachments', photo.id))).toMatch(/GPSLatitude/);
    expect(tagsOf(join(extracted, 'attachments', scan.id))).not.toMatch(/GPS|Make/);

    expect(opened.manifest.attachmentMetadata).toEqual(
      expect.arrayContaining([
        { file: `attachments/${photo.id}`, carried: ['location', 'device', 'takenAt'], outcome: 'kept' },
        { file: `attachments/${scan.id}`, carried: expect.arrayContaining(['location']) as string[], outcome: 'removed' },
      ]),
    );
    expect(opened.manifest.attachmentMetadata).toHaveLength(2);
    const record = JSON.parse(opened.small.get(`entries/${photo.entryId}.json`)?.toString('utf8') ?? '{}') as { attachments: BundledAttachment[] };
    expect(record.attachments.find((a) => a.id === photo.id)).toMatchObject({ stripped: false, sha256: photo.sha256, metadata: { location: true } });

    const [audit] = notebook.audit.list({ limit: 1, offset: 0, action: 'export.written' }).records;
    expect(audit?.detail).toMatchObject({ metadataKept: 1 });
  }, 180_000);

  it('a keep for a file the selection does not carry is refused with a clear error; nothing is written and no number is used', async () => {
    const { notebook, stores, exporter, dir, photo, memo } = await twoPhotos();
    const other = notebook.entries.create(meeting({ title: 'Another meeting' })).id;
    const out = join(dir, 'refused.fieldnotes');
    const sequenceBefore = stores.officer.reserveSequence();
    stores.officer.releaseSequence(sequenceBefore);
    // The photo's entry is left out by the selection: keeping its metadata cannot be honoured.
    await expect(exporter.export({ to: ['HQ'], out, filter: { ids: [other] }, keepMetadata: [photo.id] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining(photo.id) as string,
    });
    expect(() => exporter.checkKeep({ ids: [other] }, [photo.id])).toThrow(/Only a file this export carries/);
    expect(() => exporter.checkKeep({}, [photo.id, memo.id])).not.toThrow();
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('refused'))).toEqual([]);
    expect(notebook.audit.list({ limit: 1, offset: 0, action: 'export.written' }).records).toEqual([]);
    expect(stores.officer.reserveSequence()).toBe(sequenceBefore);
  }, 180_000);
});
