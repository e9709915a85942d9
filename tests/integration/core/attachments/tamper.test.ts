import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, truncateSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AttachmentReader } from '../../../../electron/core/attachments/reader';
import { CHUNK_BYTES, HEADER_BYTES, SEALED_CHUNK_BYTES } from '../../../../electron/core/attachments/format';
import { rejectsWith } from '../../../support/app-error';
import { attachmentVault, patterned, type AttachmentVault } from '../../../support/attachments';
import { useTempDirs } from '../../../support/temp-vault';

// Every way the issue names to damage, cut, extend, reorder or swap a stored file, each
// refused with ATTACHMENT_CORRUPT on a full read. Each case first reads the untouched file,
// so a failure can only come from the change.

const temp = useTempDirs();
const SIZE = 4 * CHUNK_BYTES + 500; // five chunks, the last one short
const CHUNKS = 5;

async function stored(vault: AttachmentVault = attachmentVault(temp.dir())) {
  const plain = patterned(SIZE, 5);
  const { attachmentId } = await vault.write(plain);
  expect((await vault.readAll(attachmentId, SIZE)).equals(plain)).toBe(true);
  const file = vault.path(attachmentId);
  return { vault, attachmentId, file, bytes: () => readFileSync(file), put: (data: Buffer) => writeFileSync(file, data) };
}

const chunkAt = (index: number) => HEADER_BYTES + index * SEALED_CHUNK_BYTES;

/** Where each region of the file starts, and one offset inside it to flip. */
const REGIONS: Record<string, number> = {
  magic: 0,
  version: 11,
  'vault id': 12 + 5,
  'attachment id': 28 + 9,
  'key-wrap nonce': 44 + 3,
  'wrapped file key': 56 + 20,
  'key-wrap tag': 88 + 15,
  'first chunk, ciphertext': chunkAt(0) + 10,
  'first chunk, tag': chunkAt(0) + CHUNK_BYTES + 1,
  'middle chunk, ciphertext': chunkAt(2) + 40_000,
  'middle chunk, tag': chunkAt(2) + CHUNK_BYTES + 15,
  'last chunk, ciphertext': chunkAt(4) + 250,
  'last chunk, tag': chunkAt(4) + 500 + 8,
};

describe('a flipped byte in any region is refused', () => {
  for (const [region, offset] of Object.entries(REGIONS)) {
    it(region, async () => {
      const { vault, attachmentId, bytes, put } = await stored();
      const data = bytes();
      data[offset] = (data[offset] as number) ^ 0x01;
      put(data);
      const error = await rejectsWith(vault.readAll(attachmentId, SIZE), 'ATTACHMENT_CORRUPT');
      expect(error.message).toMatch(/^This attachment could not be opened: .+\. Nothing from it was shown\.$/);
    });
  }

  it('names the part that was altered, and reads the parts before it', async () => {
    const { vault, attachmentId, bytes, put } = await stored();
    const data = bytes();
    data[chunkAt(2) + 7] = (data[chunkAt(2) + 7] as number) ^ 0x80;
    put(data);
    const reader = await vault.open(attachmentId, SIZE);
    try {
      expect((await reader.read(0, 2 * CHUNK_BYTES)).equals(patterned(SIZE, 5).subarray(0, 2 * CHUNK_BYTES))).toBe(true);
      const error = await rejectsWith(reader.read(2 * CHUNK_BYTES - 1, 2), 'ATTACHMENT_CORRUPT');
      expect(error.message).toContain('part 3 was altered');
    } finally {
      await reader.close();
    }
  });
});

describe('cut, extended or reordered files are refused', () => {
  const cases: Record<string, (data: Buffer) => Buffer> = {
    'truncated at a chunk boundary (the final chunk dropped)': (data) => data.subarray(0, chunkAt(4)),
    'truncated at an earlier chunk boundary': (data) => data.subarray(0, chunkAt(2)),
    'truncated inside a chunk': (data) => data.subarray(0, chunkAt(3) + 1000),
    'truncated inside the last tag': (data) => data.subarray(0, data.length - 3),
    'truncated to the header alone': (data) => data.subarray(0, HEADER_BYTES),
    'truncated inside the header': (data) => data.subarray(0, 60),
    'one byte appended': (data) => Buffer.concat([data, Buffer.from([0])]),
    'a tag-sized run appended': (data) => Buffer.concat([data, randomBytes(16)]),
    'a copy of the last chunk appended': (data) => Buffer.concat([data, data.subarray(chunkAt(4))]),
    'two chunks swapped': (data) => {
      const out = Buffer.from(data);
      data.copy(out, chunkAt(1), chunkAt(2), chunkAt(3));
      data.copy(out, chunkAt(2), chunkAt(1), chunkAt(2));
      return out;
    },
    'a chunk repeated in place of the next': (data) => {
      const out = Buffer.from(data);
      data.copy(out, chunkAt(3), chunkAt(2), chunkAt(3));
      return out;
    },
    'the last chunk moved before the others': (data) =>
      Buffer.concat([data.subarray(0, HEADER_BYTES), data.subarray(chunkAt(4)), data.subarray(chunkAt(0), chunkAt(4))]),
    'the file emptied': () => Buffer.alloc(0),
  };
  for (const [name, change] of Object.entries(cases)) {
    it(name, async () => {
      const { vault, attachmentId, bytes, put } = await stored();
      put(change(bytes()));
      await rejectsWith(vault.readAll(attachmentId), 'ATTACHMENT_CORRUPT');
    });
  }

  it('a file cut at a chunk boundary is refused at open, before any range is read', async () => {
    const { vault, attachmentId, file } = await stored();
    truncateSync(file, chunkAt(CHUNKS - 2));
    await rejectsWith(vault.open(attachmentId), 'ATTACHMENT_CORRUPT');
  });

  it('a size other than the one recorded is refused at open', async () => {
    const { vault, attachmentId } = await stored();
    await rejectsWith(vault.open(attachmentId, SIZE - 1), 'ATTACHMENT_CORRUPT');
  });

  it('a missing file is a clear error', async () => {
    const vault = attachmentVault(temp.dir());
    const error = await rejectsWith(vault.open('6f1c2f0e-3a4b-4c5d-8e9f-0a1b2c3d4e5f'), 'ATTACHMENT_CORRUPT');
    expect(error.message).toContain('missing');
  });
});

describe('files moved between attachments or vaults are refused', () => {
  it('two attachment files swapped', async () => {
    const vault = attachmentVault(temp.dir());
    const a = await stored(vault);
    const b = await stored(vault);
    renameSync(a.file, `${a.file}.x`);
    renameSync(b.file, a.file);
    renameSync(`${a.file}.x`, b.file);
    for (const id of [a.attachmentId, b.attachmentId]) {
      const error = await rejectsWith(vault.readAll(id), 'ATTACHMENT_CORRUPT');
      expect(error.message).toContain('different attachment');
    }
  });

  it('a header whose attachment id is rewritten to match does not unwrap', async () => {
    const vault = attachmentVault(temp.dir());
    const a = await stored(vault);
    const b = await stored(vault);
    const moved = b.bytes();
    a.bytes().copy(moved, 28, 28, 44);
    a.put(moved);
    const error = await rejectsWith(vault.readAll(a.attachmentId), 'ATTACHMENT_CORRUPT');
    expect(error.message).toContain('header was altered');
  });

  it('a file replayed from another vault, even one sharing the subkey, with or without its vault id rewritten', async () => {
    const subkey = randomBytes(32);
    const here = attachmentVault(temp.dir(), subkey);
    const there = attachmentVault(temp.dir(), subkey);
    const mine = await stored(here);
    const theirs = await stored(there);
    const ours = mine.bytes();
    const replayed = theirs.bytes();
    // Under the name of one of ours (its attachment id rewritten too), as an attacker would.
    ours.copy(replayed, 28, 28, 44);
    mine.put(replayed);
    expect((await rejectsWith(here.readAll(mine.attachmentId), 'ATTACHMENT_CORRUPT')).message).toContain('another notebook');
    ours.copy(replayed, 12, 12, 28);
    mine.put(replayed);
    expect((await rejectsWith(here.readAll(mine.attachmentId), 'ATTACHMENT_CORRUPT')).message).toContain('header was altered');
  });

  it('the right file under another vault key does not open', async () => {
    const { vault, attachmentId } = await stored();
    const open = AttachmentReader.open({ ...vault, attachmentId, subkey: randomBytes(32) });
    expect((await rejectsWith(open, 'ATTACHMENT_CORRUPT')).message).toContain('header was altered');
  });
});
