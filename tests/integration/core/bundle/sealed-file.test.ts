import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SealedFileWriter, SLOT_BYTES as SLOT } from '../../../../electron/core/bundle/sealed-file';
import { sealAge } from '../../../support/age-seal';
import { useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();
const KIB64 = 65_536;
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** `plaintext` cut into pieces of the given sizes in turn (the last piece takes what is left). */
function* cut(plaintext: Buffer, sizes: readonly number[]): Generator<Buffer> {
  let at = 0;
  for (let i = 0; at < plaintext.length; i += 1) {
    const size = sizes[i % sizes.length] as number;
    yield plaintext.subarray(at, at + size);
    at += size;
  }
}

function ageKeys(dir: string): { key: string; recipient: string } {
  const key = join(dir, 'hq.txt');
  execFileSync('age-keygen', ['-o', key], { stdio: 'ignore' });
  return { key, recipient: execFileSync('age-keygen', ['-y', key], { encoding: 'utf8' }).trim() };
}

/**
 * The writer seals whole chunks a slot at a time (a ring of them is reused) and the end of the payload apart:
 * whatever the size (chunk and slot edges, a full final chunk, nothing at all) and however the
 * plaintext arrives, `age -d` must read back the same bytes, the file must have the length age
 * gives it (no extra empty chunk), and the whole-file hash must be the file's.
 */
describe('the sealed age file writer', () => {
  it('age -d opens it at every chunk and slot edge, whatever the input pieces', async () => {
    const dir = temp.dir();
    const { key, recipient } = ageKeys(dir);
    const cases: [number, number[]][] = [
      [0, [1]],
      [1, [1]],
      [KIB64 - 1, [7, 0, 4_096]],
      [KIB64, [4_096]],
      [KIB64 + 1, [KIB64, 0, 1]],
      [200_001, [7, 0, 65_535, 65_537]],
      [SLOT - 1, [1_048_576]],
      [SLOT, [SLOT]],
      [SLOT + 1, [512, 1_048_576]],
      [2 * SLOT + KIB64, [SLOT + 3, 2]],
      [3 * SLOT + 5, [999_999]],
      [40 * SLOT + 3, [1_048_576]],
    ];
    // The header is the same length for any one X25519 recipient: read it off an empty file.
    const head = (await sealAge(dir, [recipient], [])).file.length - 16;
    for (const [size, pieces] of cases) {
      const plaintext = randomBytes(size);
      const sealed = await sealAge(dir, [recipient], cut(plaintext, pieces));
      const chunks = Math.max(1, Math.ceil(size / KIB64));
      const what = `${size} in pieces of ${pieces.join(', ')}`;
      expect(sealed.bytes, what).toBe(sealed.file.length);
      expect(sealed.file.length - size - chunks * 16, what).toBe(head);
      expect(sealed.sha256, what).toBe(sha256(sealed.file));
      writeFileSync(join(dir, 'out.age'), sealed.file);
      expect(execFileSync('age', ['-d', '-i', key, join(dir, 'out.age')], { maxBuffer: 64 * 1024 * 1024 }).equals(plaintext), what).toBe(true);
    }
  }, 120_000);

  it("hashes each stream's plaintext across pieces and slot edges; bytes of no stream are in none, a stream never written is the hash of nothing", async () => {
    const dir = temp.dir();
    const { recipient } = ageKeys(dir);
    const parts = [randomBytes(SLOT + 100), randomBytes(3), randomBytes(2 * SLOT - 7), randomBytes(KIB64), randomBytes(5)];
    const streams = [0, null, 1, null, 0] as const;
    const pieces = parts.flatMap((bytes, i) => [...cut(bytes, [300_000, 1])].map((piece) => ({ bytes: piece, stream: streams[i] ?? null })));
    const sealed = await sealAge(dir, [recipient], pieces, 3);
    expect(sealed.digests).toEqual([sha256(Buffer.concat([parts[0] as Buffer, parts[4] as Buffer])), sha256(parts[2] as Buffer), sha256(Buffer.alloc(0))]);
  });

  it('digests taken before the end cover the bytes still waiting in the slot, and the rest seals after them', async () => {
    const dir = temp.dir();
    const { key, recipient } = ageKeys(dir);
    const first = randomBytes(SLOT + 10);
    const second = randomBytes(KIB64 * 3);
    const handle = await open(join(dir, 'out.age'), 'wx', 0o600);
    const writer = new SealedFileWriter(handle, [recipient]);
    try {
      await writer.write(first, 0);
      expect(await writer.digests(1)).toEqual([sha256(first)]);
      await writer.write(second, 1);
      expect(await writer.digests(2)).toEqual([sha256(Buffer.alloc(0)), sha256(second)]);
      await writer.finish();
    } finally {
      await writer.close();
      await handle.close();
    }
    expect(execFileSync('age', ['-d', '-i', key, join(dir, 'out.age')], { maxBuffer: 64 * 1024 * 1024 }).equals(Buffer.concat([first, second]))).toBe(true);
  });

  it('a write that fails (the file handle gone) fails finish; close still waits and returns', async () => {
    const dir = temp.dir();
    const { recipient } = ageKeys(dir);
    const handle = await open(join(dir, 'out.age'), 'wx', 0o600);
    const writer = new SealedFileWriter(handle, [recipient]);
    await handle.close();
    await writer.write(randomBytes(SLOT + 1), null);
    await expect(writer.finish()).rejects.toThrow();
    await expect(writer.close()).resolves.toBeUndefined();
  });
});
