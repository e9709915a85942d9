import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { AgeEncryptStream } from '../../../../electron/core/bundle/age/encrypt';
import { useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();

/** `plaintext` cut into pieces of the given sizes in turn (the last piece takes what is left). */
function* cut(plaintext: Buffer, sizes: readonly number[]): Generator<Buffer> {
  let at = 0;
  for (let i = 0; at < plaintext.length; i += 1) {
    const size = sizes[i % sizes.length] as number;
    yield plaintext.subarray(at, at + size);
    at += size;
  }
}

/**
 * The encryption stream seals many chunks per input buffer and carries one chunk across
 * inputs: however the plaintext arrives (byte by byte, odd sizes, exact chunk multiples, empty
 * buffers), `age -d` must read back the same bytes.
 */
describe('age encryption from pieces of any size', () => {
  it('age -d opens it whatever the input pieces', async () => {
    const dir = temp.dir();
    const key = join(dir, 'hq.txt');
    execFileSync('age-keygen', ['-o', key], { stdio: 'ignore' });
    const recipient = execFileSync('age-keygen', ['-y', key], { encoding: 'utf8' }).trim();
    const cases: [number, number[]][] = [
      [65_536, [1]],
      [200_001, [7, 0, 65_535, 65_537]],
      [3 * 65_536, [65_536]],
      [3 * 65_536, [512, 1_048_576]],
      [1_048_576 + 3, [65_536 * 16 + 1, 2]],
      [65_537, [65_536, 0, 1]],
    ];
    for (const [size, pieces] of cases) {
      const plaintext = randomBytes(size);
      const sealed = await buffer(Readable.from(cut(plaintext, pieces)).pipe(new AgeEncryptStream([recipient])));
      writeFileSync(join(dir, 'out.age'), sealed);
      expect(execFileSync('age', ['-d', '-i', key, join(dir, 'out.age')], { maxBuffer: 16 * 1024 * 1024 }).equals(plaintext), `${size} in pieces of ${pieces.join(', ')}`).toBe(true);
    }
  });
});
