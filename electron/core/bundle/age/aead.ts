import { aead, TAG_BYTES } from '../crypto-backend';

/**
 * ChaCha20-Poly1305 (RFC 8439), the only AEAD age uses, with an empty associated data. Every
 * call of the age code goes through here; crypto-backend.ts picks node:crypto or libsodium
 * (Electron's BoringSSL has no ChaCha20-Poly1305 EVP cipher, electron#24024).
 */
export { TAG_BYTES };

/** The ciphertext and its tag, as two buffers so a stream can write them without a copy. */
export function seal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array): [Buffer, Buffer] {
  return aead().seal(key, nonce, plaintext);
}

/** The plaintext, or null when the tag does not authenticate `sealed` under this key and nonce. */
export function open(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Buffer | null {
  if (sealed.length < TAG_BYTES) return null;
  return aead().open(key, nonce, sealed);
}
