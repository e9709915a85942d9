/** The few sodium-native functions crypto-backend.ts uses (the package ships no types). */
declare module 'sodium-native' {
  interface Sodium {
    readonly crypto_generichash_STATEBYTES: number;
    crypto_generichash_init(state: Buffer, key: Buffer | null, outputLength: number): void;
    crypto_generichash_update(state: Buffer, input: Buffer): void;
    crypto_generichash_final(state: Buffer, output: Buffer): void;
    crypto_aead_chacha20poly1305_ietf_encrypt_detached(c: Buffer, mac: Buffer, m: Buffer, ad: Buffer | null, nsec: null, npub: Buffer, k: Buffer): number;
    /** Throws when the tag does not authenticate. */
    crypto_aead_chacha20poly1305_ietf_decrypt(m: Buffer, nsec: null, c: Buffer, ad: Buffer | null, npub: Buffer, k: Buffer): number;
  }
  const sodium: Sodium;
  export default sodium;
}
