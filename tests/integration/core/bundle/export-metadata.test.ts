import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAgeIdentity, parseAgeIdentity } from '../../../../electron/core/bundle/age/x25519';
import { openBundle } from '../../../../electron/core/bundle/bundle-reader';
import { ExportService } from '../../../../electron/core/bundle/export-service';
import { photoWithGps, pngWithGps, toneWav } from '../../../support/sample-files';
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
    const { session, notebook } = await temp.unlockedNotebook();
    const stores = session.requireBundleStores();
    const hq = generateAgeIdentity();
    stores.recipients.add('HQ', hq.recipient, true);
    const entryId = notebook.entries.create(meeting({ title: 'Court notice photographed' })).id;
    const dir = temp.dir();
    const photo = await notebook.attachments.add({ entryId, path: photoWithGps(dir), stripLocation: false });
    const scan = await notebook.attachments.add({ entryId, path: pngWithGps(dir), stripLocation: false });
    const memo = await notebook.attachments.add({ entryId, path: toneWav(dir), stripLocation: false });
    expect(photo.metadata).toMatchObject({ location: true, device: true });

    const exporter = new ExportService(notebook, stores.officer, stores.recipients, () => new Date());
    const out = join(dir, 'notice.fieldnotes');
    await exporter.export({ to: ['HQ'], out, filter: {} });
    const extracted = join(dir, 'opened');
    const opened = await openBundle({ path: out, identities: [parseAgeIdentity(hq.identity)], signers: [stores.officer.publicKey()], extractTo: extracted });

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

    // The vault's own copy keeps what the officer chose to keep.
    const { reader } = await notebook.attachments.open(photo.id);
    const stored = await reader.read(0, photo.bytes);
    await reader.close();
    expect(sha256(Buffer.from(stored))).toBe(photo.sha256);
  }, 180_000);
});
