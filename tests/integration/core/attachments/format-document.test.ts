import { createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attachmentVault, patterned } from '../../../support/attachments';
import { useTempDirs } from '../../../support/temp-vault';

// docs/attachment-format.md, followed step by step with node:crypto alone: the app writes the
// files (through the test helper), and nothing below imports Fieldnotes' format code. If this
// test needs that code to pass, the document is not precise enough for an independent reader.

const temp = useTempDirs();

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replaceAll('-', ''), 'hex');
}

function gcmOpen(key: Buffer, nonce: Buffer, aad: Buffer, ciphertext: Buffer, tag: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}

/** §3–§4 of the document, whole file. */
function decryptAsDocumented(file: Buffer, subkey: Buffer, vaultId: string, attachmentId: string): Buffer {
  const header = file.subarray(0, 104);
  expect(header.subarray(0, 8).toString('ascii')).toBe('FNATTACH');
  expect(header.readUInt32BE(8)).toBe(1);
  expect(header.subarray(12, 28).equals(uuidBytes(vaultId))).toBe(true);
  expect(header.subarray(28, 44).equals(uuidBytes(attachmentId))).toBe(true);
  const fileKey = gcmOpen(subkey, header.subarray(44, 56), header.subarray(0, 44), header.subarray(56, 88), header.subarray(88, 104));

  const body = file.length - 104;
  expect(body).toBeGreaterThanOrEqual(16);
  const n = Math.ceil(body / 65552);
  const last = body - (n - 1) * 65552;
  expect(last > 16 || (last === 16 && n === 1)).toBe(true);
  const plain: Buffer[] = [];
  for (let i = 0; i < n; i += 1) {
    // An 11-byte big-endian counter (writeUIntBE takes at most 6 bytes: the upper 5 stay zero).
    const counter = Buffer.alloc(11);
    counter.writeUIntBE(i, 5, 6);
    const chunkNonce = Buffer.concat([counter, Buffer.from([i === n - 1 ? 1 : 0])]);
    const start = 104 + i * 65552;
    const stored = file.subarray(start, start + (i === n - 1 ? last : 65552));
    plain.push(gcmOpen(fileKey, chunkNonce, header, stored.subarray(0, stored.length - 16), stored.subarray(stored.length - 16)));
  }
  return Buffer.concat(plain);
}

describe('docs/attachment-format.md, followed by an independent reader', () => {
  for (const size of [0, 1, 65_536, 65_537, 5 * 65_536 + 77]) {
    it(`decrypts a ${size}-byte attachment the app wrote, and the size formula holds`, async () => {
      const subkey = randomBytes(32);
      const vault = attachmentVault(temp.dir(), subkey);
      const plain = patterned(size, 21);
      const written = await vault.write(plain);
      const file = readFileSync(vault.path(written.attachmentId));
      const chunks = Math.max(1, Math.ceil(size / 65536));
      expect(file.length).toBe(104 + size + 16 * chunks);
      const decrypted = decryptAsDocumented(file, subkey, vault.vaultId, written.attachmentId);
      expect(decrypted.equals(plain)).toBe(true);
      expect(createHash('sha256').update(decrypted).digest('hex')).toBe(written.sha256);
    });
  }

  it('the nonce examples in §3.2 are the ones the chunks use: the last chunk opens only with flag 01', async () => {
    const subkey = randomBytes(32);
    const vault = attachmentVault(temp.dir(), subkey);
    const written = await vault.write(patterned(4 * 65_536 + 10, 2));
    const file = readFileSync(vault.path(written.attachmentId));
    const header = file.subarray(0, 104);
    const fileKey = gcmOpen(subkey, header.subarray(44, 56), header.subarray(0, 44), header.subarray(56, 88), header.subarray(88, 104));
    const chunk = (i: number, length: number) => file.subarray(104 + i * 65552, 104 + i * 65552 + length);
    const open = (nonceHex: string, stored: Buffer) => () =>
      gcmOpen(fileKey, Buffer.from(nonceHex, 'hex'), header, stored.subarray(0, stored.length - 16), stored.subarray(stored.length - 16));
    expect(open('000000000000000000000200', chunk(2, 65552))).not.toThrow();
    expect(open('000000000000000000000201', chunk(2, 65552))).toThrow();
    expect(open('000000000000000000000401', chunk(4, 26))).not.toThrow();
    expect(open('000000000000000000000400', chunk(4, 26))).toThrow();
  });
});
