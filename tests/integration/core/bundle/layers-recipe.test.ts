import { execFileSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AgeDecryptStream } from '../../../../electron/core/bundle/age/decrypt';
import { parseAgeIdentityFile } from '../../../../electron/core/bundle/age/x25519';
import { formatMinisignPublicKey, generateMinisignKey, parseMinisignPublicKey, signMinisign, verifyMinisign } from '../../../../electron/core/bundle/minisign/minisign';
import { bundleTrustedComment, formatSha256Sums, parseBundleTrustedComment, parseSha256Sums, SIGNATURE_FILE, SUMS_FILE } from '../../../../electron/core/bundle/signed-sums';
import { readTar } from '../../../../electron/core/bundle/tar/tar-reader';
import { tarStream, type TarFile } from '../../../../electron/core/bundle/tar/tar-writer';
import { sealAge } from '../../../support/age-seal';
import { useTempDirs } from '../../../support/temp-vault';

// The three layers together, both ways, against the acceptance recipe. The bundle
// writer of #10 adds the manifest and the entries; the layers must already compose.
const temp = useTempDirs();
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const sh = (dir: string, script: string) => execFileSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8' });

describe('bundle layers with standard tools', () => {
  it('what the layers write opens with age, tar, minisign and sha256sum alone', async () => {
    const dir = temp.dir();
    sh(dir, 'age-keygen -o hq.txt 2>/dev/null');
    const recipient = sh(dir, 'age-keygen -y hq.txt').trim();
    const officer = generateMinisignKey();
    writeFileSync(join(dir, 'officer.pub'), formatMinisignPublicKey(officer));
    const stamp = { bundleId: randomUUID(), createdAt: '2026-12-01T10:00:00Z' };
    const contents = new Map([['manifest.json', Buffer.from('{"format":1}')], ['attachments/photo.jpg', randomBytes(150_000)]]);
    const sums = Buffer.from(formatSha256Sums([...contents].map(([name, data]) => ({ name, sha256: sha256(data) }))));
    const signature = Buffer.from(signMinisign(officer, sums, bundleTrustedComment(stamp)));
    const files: TarFile[] = [...contents, [SUMS_FILE, sums] as const, [SIGNATURE_FILE, signature] as const].map(([name, content]) => ({ name, size: content.length, mtime: Date.parse(stamp.createdAt) / 1000, content }));
    writeFileSync(join(dir, 'export.fieldnotes'), (await sealAge(dir, [recipient], tarStream(files))).file);

    mkdirSync(join(dir, 'out'));
    sh(dir, 'age -d -i hq.txt export.fieldnotes | tar -x -C out');
    expect(sh(dir, 'minisign -V -p officer.pub -m out/SHA256SUMS')).toContain(`Trusted comment: fieldnotes bundle ${stamp.bundleId} created 2026-12-01T10:00:00Z`);
    expect(sh(dir, 'cd out && sha256sum -c SHA256SUMS')).toBe('attachments/photo.jpg: OK\nmanifest.json: OK\n');
  });

  it('a bundle assembled by hand with tar, minisign -S and age -r opens through the layers', async () => {
    const dir = temp.dir();
    const stamp = { bundleId: randomUUID(), createdAt: '2026-12-01T10:00:00Z' };
    mkdirSync(join(dir, 'in/entries'), { recursive: true });
    writeFileSync(join(dir, 'in/manifest.json'), '{"format":1}');
    writeFileSync(join(dir, 'in/entries/e.json'), '{"kind":"meeting"}');
    sh(dir, `age-keygen -o hq.txt 2>/dev/null && minisign -G -W -p officer.pub -s officer.key >/dev/null
      cd in && sha256sum entries/e.json manifest.json > SHA256SUMS
      minisign -S -s ../officer.key -m SHA256SUMS -t "${bundleTrustedComment(stamp)}" >/dev/null
      tar -cf - SHA256SUMS SHA256SUMS.minisig manifest.json entries/e.json | age -r "$(age-keygen -y ../hq.txt)" > ../export.fieldnotes`);

    const decrypt = new AgeDecryptStream(parseAgeIdentityFile(readFileSync(join(dir, 'hq.txt'), 'utf8')));
    Readable.from([readFileSync(join(dir, 'export.fieldnotes'))]).pipe(decrypt);
    const extracted = new Map<string, Buffer>();
    for await (const entry of readTar(decrypt, { maxEntryBytes: 1024 * 1024 })) {
      const parts: Buffer[] = [];
      for await (const part of entry.content) parts.push(part);
      extracted.set(entry.name, Buffer.concat(parts));
    }
    const sums = extracted.get(SUMS_FILE) as Buffer;
    const verified = verifyMinisign(parseMinisignPublicKey(readFileSync(join(dir, 'officer.pub'), 'utf8')), (extracted.get(SIGNATURE_FILE) as Buffer).toString(), sums);
    expect(parseBundleTrustedComment(verified.trustedComment)).toEqual(stamp);
    for (const { name, sha256: expected } of parseSha256Sums(sums.toString())) expect(sha256(extracted.get(name) as Buffer)).toBe(expected);
  });
});
