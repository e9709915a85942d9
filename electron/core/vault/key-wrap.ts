import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** AES-256-GCM: present in both OpenSSL (Node) and BoringSSL (Electron). */
export const wrappedKeySchema = z.strictObject({
  alg: z.literal('aes-256-gcm'),
  nonce: z.base64().refine((s) => Buffer.from(s, 'base64').length === 12, { message: 'nonce must be 12 bytes' }),
  ciphertext: z.base64().refine((s) => Buffer.from(s, 'base64').length === 32, { message: 'wrapped key must be 32 bytes' }),
  tag: z.base64().refine((s) => Buffer.from(s, 'base64').length === 16, { message: 'tag must be 16 bytes' }),
});
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

/**
 * `aad` binds the header's other fields (format, KDF parameters, salt) to the wrapped key, so
 * an attacker with write access to the header cannot lower the KDF cost without the unwrap failing.
 */
export function wrapKey(dataKey: Buffer, kek: Buffer, aad: Buffer): WrappedKey {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    alg: 'aes-256-gcm',
    nonce: nonce.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Returns the data key, or null when the KEK (the passphrase) or the header is wrong. */
export function unwrapKey(wrapped: WrappedKey, kek: Buffer, aad: Buffer): Buffer | null {
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.nonce, 'base64'));
  decipher.setAAD(aad);
  decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
  const plain = decipher.update(Buffer.from(wrapped.ciphertext, 'base64'));
  try {
    return Buffer.concat([plain, decipher.final()]);
  } catch {
    plain.fill(0);
    return null;
  } finally {
    if (plain.length > 0) plain.fill(0);
  }
}

const KEY_CHECK_LABEL = 'fieldnotes/key-check/v1';
const KEY_CHECK_BYTES = 16;

export const keyCheckSchema = z
  .base64()
  .refine((s) => Buffer.from(s, 'base64').length === KEY_CHECK_BYTES, { message: `key check must be ${KEY_CHECK_BYTES} bytes` });

/**
 * HMAC-SHA256(KEK, label), truncated: lets an unlock tell a wrong passphrase (the check
 * differs) from a header whose authenticated fields were altered (the check matches, the
 * unwrap fails), so tampering is reported as tampering and does not count as a guess. It
 * gives an offline attacker nothing the wrapped key did not already: each guess still costs
 * one Argon2id derivation.
 */
export function keyCheck(kek: Buffer): string {
  return createHmac('sha256', kek).update(KEY_CHECK_LABEL).digest().subarray(0, KEY_CHECK_BYTES).toString('base64');
}

export function keyCheckMatches(kek: Buffer, expected: string): boolean {
  const actual = Buffer.from(keyCheck(kek), 'base64');
  const stored = Buffer.from(expected, 'base64');
  return actual.length === stored.length && timingSafeEqual(actual, stored);
}
