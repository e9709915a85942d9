// sodium-native ships no types; these are the few functions crypto-backend.ts calls, as libsodium documents them.
declare module 'sodium-native' {
  const sodium: {
    crypto_generichash_STATEBYTES: number;
    crypto_generichash_init(state: Buffer, key: Buffer | null, outputLength: number): void;
    crypto_generichash_update(state: Buffer, input: Buffer): void;
    crypto_generichash_final(state: Buffer, output: Buffer): void;
    crypto_aead_chacha20poly1305_ietf_encrypt_detached(
      ciphertext: Buffer,
      mac: Buffer,
      message: Buffer,
      additionalData: Buffer | null,
      nsec: null,
      nonce: Buffer,
      key: Buffer,
    ): number;
    /** Writes the ciphertext then the 16-byte tag into `ciphertext` (message length + 16). */
    crypto_aead_chacha20poly1305_ietf_encrypt(ciphertext: Buffer, message: Buffer, additionalData: Buffer | null, nsec: null, nonce: Buffer, key: Buffer): number;
    /** Throws when the tag does not verify. */
    crypto_aead_chacha20poly1305_ietf_decrypt(message: Buffer, nsec: null, ciphertext: Buffer, additionalData: Buffer | null, nonce: Buffer, key: Buffer): number;
  };
  export default sodium;
}
