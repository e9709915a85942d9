import { createCipheriv, createDecipheriv, getCiphers } from 'node:crypto';
import { AppError } from '../../../../shared/errors';

/**
 * ChaCha20-Poly1305 (RFC 8439), the only AEAD age uses, with an empty associated data. Every
 * call of the age code goes through here: this module is the seam where a native AEAD
 * (sodium-native's crypto_aead_chacha20poly1305_ietf) would replace node:crypto in Electron,
 * whose BoringSSL does not expose ChaCha20-Poly1305 as an EVP cipher (electron#24024).
 */
const CIPHER = 'chacha20-poly1305';
export const TAG_BYTES = 16;

let available: boolean | undefined;

function requireCipher(): void {
  available ??= getCiphers().includes(CIPHER);
  if (!available) {
    throw new AppError('UNAVAILABLE', 'ChaCha20-Poly1305 is not available in this runtime (BoringSSL builds lack it): bundles cannot be encrypted or opened here.');
  }
}

/** The ciphertext and its tag, as two buffers so a stream can write them without a copy. */
export function seal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array): [Buffer, Buffer] {
  requireCipher();
  const cipher = createCipheriv(CIPHER, key, nonce, { authTagLength: TAG_BYTES });
  const body = cipher.update(plaintext);
  cipher.final();
  return [body, cipher.getAuthTag()];
}

/** The plaintext, or null when the tag does not authenticate `sealed` under this key and nonce. */
export function open(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Buffer | null {
  requireCipher();
  if (sealed.length < TAG_BYTES) return null;
  const decipher = createDecipheriv(CIPHER, key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  const plaintext = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
  try {
    decipher.final();
  } catch {
    plaintext.fill(0);
    return null;
  }
  return plaintext;
}
