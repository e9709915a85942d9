import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { privateKeyFromRaw, publicKeyFromRaw, rawPrivateKey, rawPublicKey } from '../raw-keys';

/**
 * Pure Ed25519 (RFC 8032, no prehash, no context) over raw 32-byte keys: the primitive under
 * both minisign algorithms. Signing is deterministic, so the RFC's vectors test this path
 * byte for byte.
 */
export interface Ed25519KeyPair {
  /** The 32-byte seed. The caller keeps it wrapped at rest and wipes it after use. */
  readonly secretKey: Buffer;
  readonly publicKey: Buffer;
}

export function generateEd25519(): Ed25519KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { secretKey: rawPrivateKey(privateKey), publicKey: rawPublicKey(publicKey) };
}

export function ed25519PublicKey(secretKey: Uint8Array): Buffer {
  return rawPublicKey(privateKeyFromRaw('ed25519', secretKey));
}

export function ed25519Sign(secretKey: Uint8Array, message: Uint8Array): Buffer {
  return sign(null, message, privateKeyFromRaw('ed25519', secretKey));
}

export function ed25519Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  try {
    return verify(null, message, publicKeyFromRaw('ed25519', publicKey), signature);
  } catch {
    // A public key that is not a curve point cannot have signed anything.
    return false;
  }
}
