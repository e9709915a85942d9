import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
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
