import { createCipheriv, createDecipheriv, createHash, getCiphers, getHashes } from 'node:crypto';
import sodium from 'sodium-native';

/**
 * The two primitives a bundle needs that Electron's BoringSSL does not offer by name:
 * ChaCha20-Poly1305 (age's payload and key stanzas) and BLAKE2b-512 (minisign's prehash).
 * node:crypto serves them where its OpenSSL has them (Node, the CLI, the tests); libsodium
 * through sodium-native (N-API prebuilds in its npm package, no build step) serves them
 * everywhere else. Both give the same bytes: the CCTV vectors and the age and minisign CLI
 * tests run through each (tests/integration/core/bundle/*, forced with useSodium).
 */
export const TAG_BYTES = 16;
const CIPHER = 'chacha20-poly1305';

export interface Prehash {
  update(data: Uint8Array): Prehash;
  digest(): Buffer;
}

interface Backend {
  seal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array): [Buffer, Buffer];
  open(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Buffer | null;
  blake2b512(): Prehash;
}

const nodeCrypto: Backend = {
  seal(key, nonce, plaintext) {
    const cipher = createCipheriv(CIPHER, key, nonce, { authTagLength: TAG_BYTES });
    const body = cipher.update(plaintext);
    cipher.final();
    return [body, cipher.getAuthTag()];
  },
  open(key, nonce, sealed) {
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
  },
  blake2b512: () => createHash('blake2b512'),
};

const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

class SodiumBlake2b implements Prehash {
  private readonly state = Buffer.alloc(sodium.crypto_generichash_STATEBYTES);

  constructor() {
    sodium.crypto_generichash_init(this.state, null, 64);
  }

  update(data: Uint8Array): Prehash {
    sodium.crypto_generichash_update(this.state, asBuffer(data));
    return this;
  }

  digest(): Buffer {
    const out = Buffer.alloc(64);
    sodium.crypto_generichash_final(this.state, out);
    return out;
  }
}

const libsodium: Backend = {
  seal(key, nonce, plaintext) {
    const body = Buffer.allocUnsafe(plaintext.length);
    const tag = Buffer.allocUnsafe(TAG_BYTES);
    sodium.crypto_aead_chacha20poly1305_ietf_encrypt_detached(body, tag, asBuffer(plaintext), null, null, asBuffer(nonce), asBuffer(key));
    return [body, tag];
  },
  open(key, nonce, sealed) {
    const plaintext = Buffer.allocUnsafe(sealed.length - TAG_BYTES);
    try {
      sodium.crypto_aead_chacha20poly1305_ietf_decrypt(plaintext, null, asBuffer(sealed), null, asBuffer(nonce), asBuffer(key));
    } catch {
      plaintext.fill(0);
      return null;
    }
    return plaintext;
  },
  blake2b512: () => new SodiumBlake2b(),
};

/**
 * The payload's AEAD (age's STREAM, nearly all of a bundle's bytes), written straight into the
 * caller's buffer: libsodium on every platform, since it seals and opens in place where
 * node:crypto allocates a ciphertext per call, and it is the faster here (about 1.36 against
 * 1.08 GB/s of CPU time for 64 KiB chunks). Same bytes: the CCTV vectors and the age CLI
 * tests run through it. `out` is plaintext + TAG_BYTES long when sealing (ciphertext, then
 * tag), sealed − TAG_BYTES when opening; a chunk that does not authenticate leaves `out`
 * zeroed and returns false.
 */
export function sealInto(key: Buffer, nonce: Buffer, plaintext: Buffer, out: Buffer): void {
  sodium.crypto_aead_chacha20poly1305_ietf_encrypt(out, plaintext, null, null, nonce, key);
}

export function openInto(key: Buffer, nonce: Buffer, sealed: Buffer, out: Buffer): boolean {
  try {
    sodium.crypto_aead_chacha20poly1305_ietf_decrypt(out, null, sealed, null, nonce, key);
    return true;
  } catch {
    out.fill(0);
    return false;
  }
}

let forced: Backend | null = null;
let aeadBackend: Backend | undefined;
let hashBackend: Backend | undefined;

function nodeHas(list: () => string[], name: string): boolean {
  try {
    return list().includes(name);
  } catch {
    return false;
  }
}

export function aead(): Backend {
  aeadBackend ??= nodeHas(getCiphers, CIPHER) ? nodeCrypto : libsodium;
  return forced ?? aeadBackend;
}

export function prehashBackend(): Backend {
  hashBackend ??= nodeHas(getHashes, 'blake2b512') ? nodeCrypto : libsodium;
  return forced ?? hashBackend;
}

/** Test hook: run both primitives through libsodium even where node:crypto has them. */
export function useSodium(on: boolean): void {
  forced = on ? libsodium : null;
}

/** Which backend serves the key stanzas' AEAD now (the payload is always libsodium's): for the bench and the tests that prove the hook bites. */
export function backendName(): 'node:crypto' | 'libsodium' {
  return aead() === libsodium ? 'libsodium' : 'node:crypto';
}
