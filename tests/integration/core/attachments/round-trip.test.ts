import { createHash } from 'node:crypto';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES, HEADER_BYTES, sealedFileBytes } from '../../../../electron/core/attachments/format';
import { attachmentVault, patterned } from '../../../support/attachments';
import { useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();

const SIZES = {
  empty: 0,
  'one byte': 1,
  'exactly one chunk': CHUNK_BYTES,
  'one chunk and one byte': CHUNK_BYTES + 1,
  'exactly two chunks': 2 * CHUNK_BYTES,
  'many chunks, past one write batch': 37 * CHUNK_BYTES + 12_345,
};

describe('attachment round trip', () => {
  for (const [name, size] of Object.entries(SIZES)) {
    it(`${name} (${size} bytes): same bytes back, hash and size as recorded, file named by id`, async () => {
      const vault = attachmentVault(temp.dir());
      const plain = patterned(size, size + 7);
      const written = await vault.write(plain);
      expect(written.bytes).toBe(size);
      expect(written.sha256).toBe(createHash('sha256').update(plain).digest('hex'));
      expect(vault.files()).toEqual([written.attachmentId]);
      const stat = statSync(vault.path(written.attachmentId));
      expect(stat.size).toBe(sealedFileBytes(size));
      if (process.platform !== 'win32') expect(stat.mode & 0o777).toBe(0o600);
      expect((await vault.readAll(written.attachmentId, size)).equals(plain)).toBe(true);
    });
  }

  it('stores nothing of the plaintext beside the header: the sizes are the header plus one tag per chunk', () => {
    expect(sealedFileBytes(0)).toBe(HEADER_BYTES + 16);
    expect(sealedFileBytes(CHUNK_BYTES)).toBe(HEADER_BYTES + CHUNK_BYTES + 16);
    expect(sealedFileBytes(CHUNK_BYTES + 1)).toBe(HEADER_BYTES + CHUNK_BYTES + 1 + 32);
  });

  it('reads a path source, and the same bytes arriving in odd-sized pieces, to the same content', async () => {
    const dir = temp.dir();
    const vault = attachmentVault(dir);
    const plain = patterned(5 * CHUNK_BYTES + 999, 3);
    const file = join(dir, 'consent form scan.pdf');
    writeFileSync(file, plain);
    const fromPath = await vault.write(file);
    const pieces = [];
    for (let at = 0; at < plain.length; at += 4097) pieces.push(plain.subarray(at, at + 4097));
    const fromPieces = await vault.write(Readable.from(pieces));
    expect(fromPath.sha256).toBe(fromPieces.sha256);
    expect((await vault.readAll(fromPath.attachmentId)).equals(plain)).toBe(true);
    expect((await vault.readAll(fromPieces.attachmentId)).equals(plain)).toBe(true);
    // Two writes of the same content share nothing on disk: each has its own key.
    expect(vault.files()).toHaveLength(2);
    expect(vault.files().some((name) => name.includes('consent'))).toBe(false);
  });

  it('reports progress up to the full size', async () => {
    const vault = attachmentVault(temp.dir());
    const seen: number[] = [];
    await vault.write(patterned(3 * 1024 * 1024 + 5), { onProgress: (bytes) => seen.push(bytes) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(3 * 1024 * 1024 + 5);
  });
});

describe('attachment random access', () => {
  const size = 20 * CHUNK_BYTES + 321;
  const plain = patterned(size, 11);

  it('reads any range, across chunk boundaries, with the same bytes as the plaintext', async () => {
    const vault = attachmentVault(temp.dir());
    const { attachmentId } = await vault.write(plain);
    const reader = await vault.open(attachmentId, size);
    try {
      expect(reader.bytes).toBe(size);
      const ranges: [number, number][] = [
        [0, 0],
        [0, 1],
        [CHUNK_BYTES - 1, 2],
        [CHUNK_BYTES, CHUNK_BYTES],
        [3 * CHUNK_BYTES - 10, 2 * CHUNK_BYTES + 20],
        [5, 17 * CHUNK_BYTES],
        [size - 1, 1],
        [size - 400, 400],
        [size, 0],
      ];
      for (const [offset, length] of ranges) {
        expect((await reader.read(offset, length)).equals(plain.subarray(offset, offset + length)), `${offset}+${length}`).toBe(true);
      }
      // A range past the end is cut at the end, as an HTTP range request is.
      expect((await reader.read(size - 10, 1000)).equals(plain.subarray(size - 10))).toBe(true);
      await expect(reader.read(size + 1, 1)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(reader.read(-1, 1)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    } finally {
      await reader.close();
    }
  });

  it('streams a range, and refuses to read once closed', async () => {
    const vault = attachmentVault(temp.dir());
    const { attachmentId } = await vault.write(plain);
    const reader = await vault.open(attachmentId);
    const parts: Buffer[] = [];
    for await (const part of reader.stream({ start: CHUNK_BYTES + 3, end: 18 * CHUNK_BYTES + 5 })) parts.push(part as Buffer);
    expect(Buffer.concat(parts).equals(plain.subarray(CHUNK_BYTES + 3, 18 * CHUNK_BYTES + 5))).toBe(true);
    await reader.close();
    await expect(reader.read(0, 1)).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
  });
});
