import { createHash, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { photoWithGps, pngWithGps } from '../../support/sample-files';
import { expectOneErrorLine, useCliVault } from './run-cli';

// `fieldnotes export --keep-metadata ATTACHMENT_ID` (repeatable): default strip, keep on purpose.
describe('fieldnotes export --keep-metadata', () => {
  const vault = useCliVault();
  const { run, ok } = vault;
  let dir: string;
  let photo: string;
  let scan: string;
  const sh = (script: string) => execFileSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8' });

  beforeAll(async () => {
    dir = vault.dir;
    const entryId = contract['entry:create'].output.parse(JSON.parse(await ok(['entry', 'add', '--title', 'Checkpoint', '--json']))).id;
    photo = await ok(['attachment', 'add', entryId, photoWithGps(dir)]);
    scan = await ok(['attachment', 'add', entryId, pngWithGps(dir)]);
    sh('age-keygen -o hq.txt 2>/dev/null');
    await ok(['recipient', 'add', 'HQ', sh('age-keygen -y hq.txt').trim(), '--verified']);
  }, 120_000);

  it('keeps the named photo whole, strips the other, and the manifest says which', async () => {
    const printed = await ok(['export', '--to', 'HQ', '--out', join(dir, 'kept.fieldnotes'), '--keep-metadata', photo, '--json']);
    expect(JSON.parse(printed)).toMatchObject({ metadataKept: 1, attachments: 2 });
    sh('mkdir out && age -d -i hq.txt kept.fieldnotes | tar -x -C out');
    const original = readFileSync(join(dir, 'court-notice.jpg'));
    const left = readFileSync(join(dir, 'out/attachments', photo));
    expect(createHash('sha256').update(left).digest('hex')).toBe(createHash('sha256').update(original).digest('hex'));
    expect(sh(`exiftool -s -GPS:all out/attachments/${scan}`)).not.toMatch(/GPS/);
    const manifest = JSON.parse(readFileSync(join(dir, 'out/manifest.json'), 'utf8')) as { attachmentMetadata: { file: string; outcome: string }[] };
    expect(Object.fromEntries(manifest.attachmentMetadata.map((r) => [r.file, r.outcome]))).toEqual({ [`attachments/${photo}`]: 'kept', [`attachments/${scan}`]: 'removed' });
    // Headquarters reads, before opening anything, that a file came with its details on purpose.
    await ok(['identity', 'export', '--out', join(dir, 'officer.pub')]);
    const verified = await run(['bundle', 'verify', join(dir, 'kept.fieldnotes'), '--identity', join(dir, 'hq.txt'), '--signer', join(dir, 'officer.pub')]);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/Metadata kept:\s+1 file, on purpose \(location,device,takenAt\)/);
  }, 120_000);

  it('refuses an id the export does not carry, or a malformed one, and writes nothing', async () => {
    const out = join(dir, 'refused.fieldnotes');
    const stray = randomUUID();
    expectOneErrorLine(await run(['export', '--to', 'HQ', '--out', out, '--keep-metadata', photo, '--keep-metadata', stray]), 1, new RegExp(`Only a file this export carries.*${stray}.*Nothing was written`));
    expect(existsSync(out)).toBe(false);
    expectOneErrorLine(await run(['export', '--to', 'HQ', '--out', out, '--keep-metadata', 'court-notice.jpg']), 2, /--keep-metadata #0/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
