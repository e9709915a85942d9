import { hkdfSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hkdfSha256 } from '../../../../electron/core/bundle/hkdf';

describe('hkdfSha256', () => {
  it('is RFC 5869 HKDF-SHA-256: the same bytes as OpenSSL through node:crypto', () => {
    for (const [ikm, salt, info, length] of [
      [randomBytes(32), Buffer.alloc(0), 'header', 32],
      [randomBytes(16), randomBytes(16), 'payload', 32],
      [randomBytes(32), randomBytes(64), 'age-encryption.org/v1/X25519', 32],
      [randomBytes(22), randomBytes(13), '', 17],
    ] as const) {
      expect(hkdfSha256(ikm, salt, info, length).equals(Buffer.from(hkdfSync('sha256', ikm, salt, info, length)))).toBe(true);
    }
  });
});
