import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

/**
 * Raw 32-byte Curve25519 keys as node:crypto KeyObjects. The fixed DER prefixes (RFC 8410) are
 * the whole ASN.1 for these key types, so no parser is needed; node:crypto and BoringSSL both
 * import PKCS#8 and SPKI.
 */
const PREFIX = {
  x25519: { pkcs8: '302e020100300506032b656e04220420', spki: '302a300506032b656e032100' },
  ed25519: { pkcs8: '302e020100300506032b657004220420', spki: '302a300506032b6570032100' },
} as const;

export type CurveKind = keyof typeof PREFIX;

function checkLength(raw: Uint8Array): void {
  if (raw.length !== 32) throw new RangeError(`a Curve25519 key has 32 bytes, got ${raw.length}`);
}

export function privateKeyFromRaw(kind: CurveKind, raw: Uint8Array): KeyObject {
  checkLength(raw);
  const der = Buffer.concat([Buffer.from(PREFIX[kind].pkcs8, 'hex'), raw]);
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } finally {
    der.fill(0);
  }
}

export function publicKeyFromRaw(kind: CurveKind, raw: Uint8Array): KeyObject {
  checkLength(raw);
  return createPublicKey({ key: Buffer.concat([Buffer.from(PREFIX[kind].spki, 'hex'), raw]), format: 'der', type: 'spki' });
}

/** The raw public key (of a public or a private key): the last 32 bytes of its SPKI encoding. */
export function rawPublicKey(key: KeyObject): Buffer {
  const spki = (key.type === 'private' ? createPublicKey(key) : key).export({ format: 'der', type: 'spki' });
  return Buffer.from(spki.subarray(spki.length - 32));
}

/** The raw private key (seed for Ed25519, scalar for X25519): the last 32 bytes of PKCS#8. */
export function rawPrivateKey(key: KeyObject): Buffer {
  const der = key.export({ format: 'der', type: 'pkcs8' });
  try {
    return Buffer.from(der.subarray(der.length - 32));
  } finally {
    der.fill(0);
  }
}
