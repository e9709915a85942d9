import { diffieHellman, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { AppError } from '../../../../shared/errors';
import { malformed } from '../errors';
import { readAloudFingerprint } from '../fingerprint';
import { hkdfSha256 } from '../hkdf';
import { privateKeyFromRaw, publicKeyFromRaw, rawPrivateKey, rawPublicKey } from '../raw-keys';
import { open, seal } from './aead';
import { bech32Decode, bech32Encode } from './bech32';
import { decodeBase64Canonical, encodeBase64Raw, type Stanza } from './header';

/** age's native X25519 recipients (age.md, "The X25519 recipient type"). */
const RECIPIENT_HRP = 'age';
const IDENTITY_HRP = 'age-secret-key-';
const STANZA_TYPE = 'X25519';
const WRAP_INFO = 'age-encryption.org/v1/X25519';
const ZERO_NONCE = Buffer.alloc(12);
export const FILE_KEY_BYTES = 16;

export interface AgeIdentity {
  readonly secret: KeyObject;
  /** The identity's own public key (32 bytes): part of every stanza's wrap-key salt. */
  readonly publicKey: Buffer;
}

/** A new identity, as the two strings age-keygen prints. */
export function generateAgeIdentity(): { identity: string; recipient: string } {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  const secret = rawPrivateKey(privateKey);
  try {
    return { identity: bech32Encode(IDENTITY_HRP, secret).toUpperCase(), recipient: bech32Encode(RECIPIENT_HRP, rawPublicKey(publicKey)) };
  } finally {
    secret.fill(0);
  }
}

/** The 32-byte public key of an `age1…` recipient; INVALID_INPUT for anything else. */
export function parseAgeRecipient(text: string): Buffer {
  const decoded = bech32Decode(text.trim());
  if (!decoded || decoded.hrp !== RECIPIENT_HRP || decoded.data.length !== 32 || text.trim() !== text.trim().toLowerCase()) {
    throw new AppError('INVALID_INPUT', 'Not an age X25519 recipient (age1…).');
  }
  return decoded.data;
}

/** The fingerprint of a recipient, over its canonical `age1…` text (fingerprint.ts says why and how). */
export function ageRecipientFingerprint(recipient: string): string {
  return readAloudFingerprint(Buffer.from(bech32Encode(RECIPIENT_HRP, parseAgeRecipient(recipient)), 'latin1'));
}

export function parseAgeIdentity(text: string): AgeIdentity {
  const decoded = bech32Decode(text.trim());
  if (!decoded || decoded.hrp !== IDENTITY_HRP || decoded.data.length !== 32 || text.trim() !== text.trim().toUpperCase()) {
    throw new AppError('INVALID_INPUT', 'Not an age X25519 identity (AGE-SECRET-KEY-1…).');
  }
  try {
    const secret = privateKeyFromRaw('x25519', decoded.data);
    return { secret, publicKey: rawPublicKey(secret) };
  } finally {
    decoded.data.fill(0);
  }
}

/** Every identity of an age identity file (as age-keygen writes it): `#` comments and blank lines skipped. */
export function parseAgeIdentityFile(text: string): AgeIdentity[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length === 0) throw new AppError('INVALID_INPUT', 'The identity file holds no age identity.');
  return lines.map(parseAgeIdentity);
}

export function recipientOf(identity: AgeIdentity): string {
  return bech32Encode(RECIPIENT_HRP, identity.publicKey);
}

/** The key that wraps the file key: both sides derive it, from their own secret and the other's public key. */
function wrapKey(secret: KeyObject, peer: Buffer, share: Buffer, recipient: Buffer): Buffer {
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey: secret, publicKey: publicKeyFromRaw('x25519', peer) });
  } catch (cause) {
    // OpenSSL and BoringSSL refuse an all-zero result (a low-order share) by failing the derivation.
    throw malformed(`X25519 share gives no shared secret (${(cause as Error).message})`);
  }
  if (shared.every((b) => b === 0)) throw malformed('X25519 share is a low-order point');
  try {
    return hkdfSha256(shared, Buffer.concat([share, recipient]), WRAP_INFO);
  } finally {
    shared.fill(0);
  }
}

export function wrapFileKey(fileKey: Buffer, recipient: Buffer): Stanza {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  const share = rawPublicKey(publicKey);
  const key = wrapKey(privateKey, recipient, share, recipient);
  try {
    return { args: [STANZA_TYPE, encodeBase64Raw(share)], body: Buffer.concat(seal(key, ZERO_NONCE, fileKey)) };
  } finally {
    key.fill(0);
  }
}

/**
 * The file key if `stanza` is an X25519 stanza for `identity`, null if it is another type or
 * for another key. A malformed X25519 stanza is refused even when it is not ours, as age does:
 * a header must not parse differently depending on who reads it.
 */
export function unwrapFileKey(stanza: Stanza, identity: AgeIdentity): Buffer | null {
  if (stanza.args[0] !== STANZA_TYPE) return null;
  if (stanza.args.length !== 2) throw malformed('X25519 stanza must have exactly one argument');
  const share = decodeBase64Canonical(stanza.args[1] as string);
  if (!share || share.length !== 32) throw malformed('X25519 share is not 32 bytes of canonical base64');
  if (stanza.body.length !== FILE_KEY_BYTES + 16) throw malformed('X25519 stanza body is not a wrapped 16-byte file key');
  const key = wrapKey(identity.secret, share, share, identity.publicKey);
  try {
    return open(key, ZERO_NONCE, stanza.body);
  } finally {
    key.fill(0);
  }
}
