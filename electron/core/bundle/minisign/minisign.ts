import { randomBytes } from 'node:crypto';
import { AppError } from '../../../../shared/errors';
import { prehashBackend, type Prehash } from '../crypto-backend';
import { readAloudFingerprint } from '../fingerprint';
import { ed25519PublicKey, ed25519Sign, ed25519Verify, generateEd25519 } from './ed25519';

/**
 * minisign's key and signature files (https://jedisct1.github.io/minisign/), signing with the
 * prehashed algorithm `ED` (Ed25519 over the BLAKE2b-512 of the file) and verifying both `ED`
 * and the legacy `Ed` (Ed25519 over the file itself). The global signature covers the
 * signature and the trusted comment, so the comment (bundle id, created-at) cannot be swapped.
 */
const PUBLIC_KEY_ALG = 'Ed';
const PREHASHED = 'ED';
const LEGACY = 'Ed';
const UNTRUSTED = 'untrusted comment: ';
const TRUSTED = 'trusted comment: ';
/** minisign's own comment limit (COMMENTMAXBYTES). */
const MAX_COMMENT_BYTES = 1024;
const STANDARD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export interface MinisignPublicKey {
  /** 8 bytes, chosen at random with the key: names the key in signatures, proves nothing. */
  readonly keyId: Buffer;
  readonly publicKey: Buffer;
}

export interface MinisignSecretKey extends MinisignPublicKey {
  /** The raw 32-byte Ed25519 seed; stored wrapped by the vault, never in minisign's file format. */
  readonly secretKey: Buffer;
}

export interface VerifiedSignature {
  readonly trustedComment: string;
  readonly algorithm: 'ED' | 'Ed';
}

const badSignature = (what: string) => new AppError('BAD_SIGNATURE', `Signature refused: ${what}.`);
const malformedSignature = (what: string) => new AppError('BUNDLE_MALFORMED', `Malformed minisign file: ${what}.`);

function decodeStandardBase64(text: string, bytes: number, what: string): Buffer {
  if (!STANDARD_BASE64.test(text)) throw malformedSignature(`${what} is not base64`);
  const data = Buffer.from(text, 'base64');
  if (data.length !== bytes) throw malformedSignature(`${what} is not ${bytes} bytes`);
  return data;
}

function checkComment(comment: string): void {
  if (/[\r\n]/.test(comment) || Buffer.byteLength(comment) > MAX_COMMENT_BYTES) {
    throw new AppError('INVALID_INPUT', `A minisign comment is one line of at most ${MAX_COMMENT_BYTES} bytes.`);
  }
}

export function generateMinisignKey(): MinisignSecretKey {
  const { secretKey, publicKey } = generateEd25519();
  return { keyId: randomBytes(8), publicKey, secretKey };
}

export function minisignKeyFromSecret(secretKey: Buffer, keyId: Buffer): MinisignSecretKey {
  return { keyId, publicKey: ed25519PublicKey(secretKey), secretKey };
}

/** The key id as minisign prints it: the 8 bytes read as a little-endian number, in hex. */
export function keyIdHex(keyId: Uint8Array): string {
  return Buffer.from(keyId).reverse().toString('hex').toUpperCase();
}

function publicKeyBytes(key: MinisignPublicKey): Buffer {
  return Buffer.concat([Buffer.from(PUBLIC_KEY_ALG, 'latin1'), key.keyId, key.publicKey]);
}

export function minisignFingerprint(key: MinisignPublicKey): string {
  return readAloudFingerprint(publicKeyBytes(key));
}

/** The public key file (`minisign -G` writes the same two lines). */
export function formatMinisignPublicKey(key: MinisignPublicKey): string {
  return `${UNTRUSTED}minisign public key ${keyIdHex(key.keyId)}\n${publicKeyBytes(key).toString('base64')}\n`;
}

/** A public key file, or its base64 line alone (as `minisign -P` takes it). */
export function parseMinisignPublicKey(text: string): MinisignPublicKey {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l !== '');
  const keyLine = lines.length === 2 && lines[0]?.startsWith(UNTRUSTED) ? lines[1] : lines.length === 1 ? lines[0] : undefined;
  if (keyLine === undefined) throw malformedSignature('a public key is a comment line and a base64 line');
  const data = decodeStandardBase64(keyLine.trim(), 42, 'the public key');
  if (data.subarray(0, 2).toString('latin1') !== PUBLIC_KEY_ALG) throw malformedSignature('the public key is not an Ed25519 minisign key');
  return { keyId: data.subarray(2, 10), publicKey: data.subarray(10) };
}

/** A streaming BLAKE2b-512, the prehash of `ED` signatures; feed it the file, then sign its digest. */
export function minisignPrehash(): Prehash {
  return prehashBackend().blake2b512();
}

/** The .minisig file for a file whose BLAKE2b-512 is `digest`. */
export function signPrehashed(key: MinisignSecretKey, digest: Uint8Array, trustedComment: string, untrustedComment = `signature from Fieldnotes officer key ${keyIdHex(key.keyId)}`): string {
  checkComment(trustedComment);
  checkComment(untrustedComment);
  if (digest.length !== 64) throw new RangeError('an ED signature signs a 64-byte BLAKE2b-512 digest');
  const signature = ed25519Sign(key.secretKey, digest);
  const globalSignature = ed25519Sign(key.secretKey, Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]));
  const line = Buffer.concat([Buffer.from(PREHASHED, 'latin1'), key.keyId, signature]).toString('base64');
  return `${UNTRUSTED}${untrustedComment}\n${line}\n${TRUSTED}${trustedComment}\n${globalSignature.toString('base64')}\n`;
}

export function signMinisign(key: MinisignSecretKey, message: Uint8Array, trustedComment: string): string {
  return signPrehashed(key, minisignPrehash().update(message).digest(), trustedComment);
}

interface ParsedSignature {
  algorithm: 'ED' | 'Ed';
  keyId: Buffer;
  signature: Buffer;
  trustedComment: string;
  globalSignature: Buffer;
}

function parseSignature(text: string): ParsedSignature {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines[lines.length - 1] === '') lines.pop();
  const [untrusted, sigLine, trusted, globalLine] = lines;
  if (lines.length !== 4 || !untrusted?.startsWith(UNTRUSTED) || !trusted?.startsWith(TRUSTED)) {
    throw malformedSignature('a signature is four lines: untrusted comment, signature, trusted comment, global signature');
  }
  const sig = decodeStandardBase64((sigLine as string).trim(), 74, 'the signature');
  const algorithm = sig.subarray(0, 2).toString('latin1');
  if (algorithm !== PREHASHED && algorithm !== LEGACY) throw malformedSignature(`unknown signature algorithm`);
  return {
    algorithm,
    keyId: sig.subarray(2, 10),
    signature: sig.subarray(10),
    trustedComment: trusted.slice(TRUSTED.length),
    globalSignature: decodeStandardBase64((globalLine as string).trim(), 64, 'the global signature'),
  };
}

/**
 * Of the keys headquarters trusts, the one that made this signature (by its key id), so a
 * bundle is checked against its own officer's key; UNKNOWN_SIGNER when none of them did. Two
 * different trusted keys under that key id are refused (anyone can give a key any key id).
 */
export function trustedSigner(keys: readonly MinisignPublicKey[], signatureText: string): MinisignPublicKey {
  const { keyId } = parseSignature(signatureText);
  const [key, ...others] = keys.filter((k) => k.keyId.equals(keyId));
  if (others.some((other) => !other.publicKey.equals((key as MinisignPublicKey).publicKey))) {
    throw new AppError('INVALID_INPUT', `Two different trusted keys have the key id ${keyIdHex(keyId)}: trust only the one whose fingerprint its officer confirmed.`);
  }
  if (key) return key;
  const trusted = keys.length === 1 ? `the trusted key ${keyIdHex((keys[0] as MinisignPublicKey).keyId)}` : `any of the ${keys.length} trusted keys`;
  throw new AppError('UNKNOWN_SIGNER', `Signed by minisign key ${keyIdHex(keyId)}, not by ${trusted}.`);
}

/**
 * Checks a .minisig against the file it signs and the signer's public key; returns the
 * trusted comment, which is only now worth reading. UNKNOWN_SIGNER when another key signed.
 */
export function verifyMinisign(key: MinisignPublicKey, signatureText: string, message: Uint8Array): VerifiedSignature {
  const parsed = parseSignature(signatureText);
  if (!parsed.keyId.equals(key.keyId)) {
    throw new AppError('UNKNOWN_SIGNER', `Signed by minisign key ${keyIdHex(parsed.keyId)}, not by the trusted key ${keyIdHex(key.keyId)}.`);
  }
  const signed = parsed.algorithm === PREHASHED ? minisignPrehash().update(message).digest() : message;
  if (!ed25519Verify(key.publicKey, signed, parsed.signature)) throw badSignature('the signature does not match the file');
  const global = Buffer.concat([parsed.signature, Buffer.from(parsed.trustedComment, 'utf8')]);
  if (!ed25519Verify(key.publicKey, global, parsed.globalSignature)) throw badSignature('the trusted comment was altered');
  return { trustedComment: parsed.trustedComment, algorithm: parsed.algorithm };
}
