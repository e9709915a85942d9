import { createHmac } from 'node:crypto';

/**
 * HKDF-SHA-256 (RFC 5869) for outputs of up to 32 bytes, built on HMAC-SHA-256 rather than
 * crypto.hkdfSync: Electron's BoringSSL build failed every HKDF derivation for several
 * releases (electron#31634), and HMAC is available in every runtime we ship in.
 */
export function hkdfSha256(ikm: Uint8Array, salt: Uint8Array, info: string, length = 32): Buffer {
  if (length < 1 || length > 32) throw new RangeError('hkdfSha256 gives 1 to 32 bytes');
  const prk = createHmac('sha256', salt.length > 0 ? salt : Buffer.alloc(32)).update(ikm).digest();
  try {
    return createHmac('sha256', prk).update(info, 'latin1').update(Buffer.from([1])).digest().subarray(0, length);
  } finally {
    prk.fill(0);
  }
}
