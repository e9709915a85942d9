import { createHash } from 'node:crypto';

/**
 * A key's fingerprint, short enough to read aloud over the phone: the first 80 bits of the
 * SHA-256 of the key's own encoding, as 20 upper-case hex digits in five groups of four
 * ("3F2A 91C0 77DE 0B41 A9E5"). It binds the whole key, not a label chosen with it (minisign's
 * key id is 8 random bytes anyone can copy onto another key). 80 bits leave a second-preimage
 * attacker 2^80 tries, far past a forged key made to match a number read over the phone.
 * Headquarters can recompute it with coreutils alone (docs/bundle-format.md gives the recipes).
 */
export function readAloudFingerprint(encodedKey: Uint8Array): string {
  const hex = createHash('sha256').update(encodedKey).digest('hex').slice(0, 20).toUpperCase();
  return (hex.match(/.{4}/g) as string[]).join(' ');
}
