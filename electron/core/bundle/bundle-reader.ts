import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, renameSync, rmSync, statSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../shared/errors';
import { AgeDecryptStream, type AgeHeaderInfo } from './age/decrypt';
import type { AgeIdentity } from './age/x25519';
import { malformed, tampered } from './errors';
import { MANIFEST_FILE, MAX_MANIFEST_BYTES, parseManifest, type Manifest } from './manifest';
import { keyIdHex, minisignFingerprint, trustedSigner, verifyMinisign, type MinisignPublicKey } from './minisign/minisign';
import { parseBundleTrustedComment, parseSha256Sums, SIGNATURE_FILE, SUMS_FILE, type BundleStamp } from './signed-sums';
import { readTar, type TarEntry } from './tar/tar-reader';

/**
 * Opens a `.fieldnotes` file: decrypts, reads the archive under the manifest's limits, hashes
 * every file, then checks the signature, every hash, the manifest against the signed stamp and
 * the recipients against the age header. Nothing is returned (and a staged copy is removed)
 * unless every check passed; each refusal is one AppError naming what failed.
 */
export interface OpenBundleRequest {
  readonly path: string;
  readonly identities: readonly AgeIdentity[];
  /** The officer keys headquarters trusts; the bundle must be signed by one of them. */
  readonly signers: readonly MinisignPublicKey[];
  /** Where the verified files go; created, and only once everything checked. */
  readonly extractTo?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface OpenedBundle {
  readonly manifest: Manifest;
  readonly stamp: BundleStamp;
  /** The signed files and the JSON ones (entries, people) in memory; attachments only in extractTo. */
  readonly small: ReadonlyMap<string, Buffer>;
}

/** The signed files and the JSON ones up to this size are kept in memory for the importer; the rest (attachments) are only hashed (and written to extractTo when asked). */
const SMALL_BYTES = 32 * 1024 * 1024;
const SIGNED_FILE_BYTES = 1024 * 1024;

interface Seen {
  size: number;
  sha256: string;
}

async function drain(entry: TarEntry, hash: ReturnType<typeof createHash>, keep: Buffer[] | null, file: string | null, signal?: AbortSignal): Promise<void> {
  const sink = file ? createWriteStream(file, { flags: 'wx', mode: 0o600 }) : new Writable({ write: (_c, _e, cb) => cb() });
  await pipeline(
    entry.content,
    async function* (source: AsyncIterable<Buffer>) {
      for await (const piece of source) {
        hash.update(piece);
        keep?.push(piece);
        yield piece;
      }
    },
    sink,
    { signal },
  );
}

export async function openBundle(request: OpenBundleRequest): Promise<OpenedBundle> {
  const total = statSync(request.path).size;
  const stage = request.extractTo ? join(dirname(request.extractTo), `.${basename(request.extractTo)}.${randomBytes(6).toString('hex')}.partial`) : null;
  if (request.extractTo && existsSync(request.extractTo)) throw new AppError('CONFLICT', `${basename(request.extractTo)} already exists: choose an empty new folder.`);
  if (stage) mkdirSync(stage, { mode: 0o700 });
  try {
    const opened = await readAndCheck(request, total, stage);
    if (stage && request.extractTo) renameSync(stage, request.extractTo);
    return opened;
  } finally {
    if (stage) rmSync(stage, { recursive: true, force: true });
  }
}

/** The bundle file decrypted as it is read; the file is closed when the decryption ends or is destroyed. */
function decryptFile(request: Pick<OpenBundleRequest, 'path' | 'identities' | 'signal' | 'onProgress'>, total: number): AgeDecryptStream {
  const decrypt = new AgeDecryptStream(request.identities);
  const source = createReadStream(request.path, { highWaterMark: 1024 * 1024 });
  let read = 0;
  source.on('data', (piece) => {
    read += piece.length;
    request.onProgress?.(read, total);
  });
  source.on('error', (error) => decrypt.destroy(error));
  decrypt.once('close', () => source.destroy());
  // A lock or a cancel ends the reading at once, even while it waits for bytes (a slow disk, a pipe).
  const stop = () => decrypt.destroy(request.signal?.reason as Error);
  if (request.signal?.aborted) stop();
  else request.signal?.addEventListener('abort', stop, { once: true });
  source.pipe(decrypt);
  return decrypt;
}

async function readAndCheck(request: OpenBundleRequest, total: number, stage: string | null): Promise<OpenedBundle> {
  const decrypt = decryptFile(request, total);
  let header: AgeHeaderInfo = { stanzas: 0, recipient: '' };
  decrypt.once('header', (info: AgeHeaderInfo) => {
    header = info;
  });

  let manifest: Manifest | null = null;
  const seen = new Map<string, Seen>();
  const small = new Map<string, Buffer>();
  // Before the manifest, no file can be larger than the bundle itself; after it, its declared size.
  const declared = (name: string) => manifest?.files.find((f) => f.name === name)?.size;
  let decryptFailure: unknown = null;
  decrypt.once('error', (error) => {
    decryptFailure = error;
  });
  try {
    for await (const entry of readTar(decrypt, { maxEntryBytes: total, declaredSize: declared, maxEntries: 1_000_000 })) {
      request.signal?.throwIfAborted();
      if (entry.type === 'directory') continue;
      const signedPart = entry.name === SUMS_FILE || entry.name === SIGNATURE_FILE || entry.name === MANIFEST_FILE;
      if (manifest && !signedPart && declared(entry.name) === undefined) throw malformed(`${entry.name} is not declared in ${MANIFEST_FILE}`);
      if (signedPart && entry.size > (entry.name === MANIFEST_FILE ? MAX_MANIFEST_BYTES : SIGNED_FILE_BYTES)) throw malformed(`${entry.name} is too large`);
      const hash = createHash('sha256');
      const keep = signedPart || (entry.name.endsWith('.json') && entry.size <= SMALL_BYTES) ? [] : null;
      const file = stage ? join(stage, ...entry.name.split('/')) : null;
      if (file) mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      await drain(entry, hash, keep, file, request.signal);
      seen.set(entry.name, { size: entry.size, sha256: hash.digest('hex') });
      if (keep) small.set(entry.name, Buffer.concat(keep));
      if (entry.name === MANIFEST_FILE) manifest = parseManifest(small.get(MANIFEST_FILE) as Buffer);
    }
  } catch (error) {
    // Only authenticated plaintext reaches the archive reader, but it may refuse it long before
    // the decryption reaches an altered chunk further on (a file altered must say so, not name
    // an archive error): the rest is authenticated, and discarded, before the refusal stands.
    if (request.signal?.aborted || decryptFailure) throw decryptFailure ?? error;
    await authenticateRest(decrypt);
    throw error;
  }
  // The archive is fully read and the age stream finished without error: now judge it.
  const sums = small.get(SUMS_FILE);
  const signature = small.get(SIGNATURE_FILE);
  if (!sums || !signature) throw malformed(`${sums ? SIGNATURE_FILE : SUMS_FILE} is missing`);
  const signer = trustedSigner(request.signers, signature.toString('utf8'));
  const verified = verifyMinisign(signer, signature.toString('utf8'), sums);
  const stamp = parseBundleTrustedComment(verified.trustedComment);
  const listed = parseSha256Sums(sums.toString('utf8'));
  for (const { name, sha256 } of listed) {
    const got = seen.get(name);
    if (!got) throw tampered(`${name} is listed in ${SUMS_FILE} but missing from the archive`);
    if (got.sha256 !== sha256) throw tampered(`hash mismatch on ${name}`, name);
  }
  const unlisted = [...seen.keys()].find((name) => name !== SUMS_FILE && name !== SIGNATURE_FILE && !listed.some((l) => l.name === name));
  if (unlisted) throw tampered(`${unlisted} is not covered by ${SUMS_FILE}`);
  if (!manifest) throw malformed(`${MANIFEST_FILE} is missing`);
  if (manifest.officer.keyId !== keyIdHex(signer.keyId)) throw tampered(`${MANIFEST_FILE} names officer key ${manifest.officer.keyId}, not the key that signed it`);
  // The key id is chosen by the key's maker; the fingerprint binds the key itself, and is what
  // headquarters counts arrivals and replays by.
  if (manifest.officer.fingerprint !== minisignFingerprint(signer)) throw tampered(`${MANIFEST_FILE} gives officer fingerprint ${manifest.officer.fingerprint}, not that of the key that signed it`);
  checkManifest(manifest, stamp, seen, header);
  return { manifest, stamp, small };
}

export interface RereadRequest {
  readonly path: string;
  readonly identities: readonly AgeIdentity[];
  /** The manifest the first pass verified: every file is held to the size it declares. */
  readonly manifest: Manifest;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * A bundle that openBundle verified, read again (an importer's second pass, which streams each
 * attachment straight into encrypted storage rather than staging plaintext). Nothing read here
 * is trusted: the file may have been replaced since it was verified, so the caller hashes what
 * it keeps against the verified SHA256SUMS. Each entry's content is read (or skipped) before the
 * next; stopping early closes the file.
 */
export async function* rereadArchive(request: RereadRequest): AsyncGenerator<TarEntry> {
  const total = statSync(request.path).size;
  const decrypt = decryptFile(request, total);
  let decryptFailure: unknown = null;
  decrypt.once('error', (error) => {
    decryptFailure = error;
  });
  const declared = new Map(request.manifest.files.map((f) => [f.name, f.size]));
  try {
    yield* readTar(decrypt, { maxEntryBytes: total, declaredSize: (name) => declared.get(name), maxEntries: 1_000_000 });
  } catch (error) {
    throw decryptFailure ?? error;
  } finally {
    decrypt.destroy();
  }
}

/** Reads the decrypted stream to its end; it throws the decryption's refusal if a later chunk fails. */
async function authenticateRest(decrypt: AgeDecryptStream): Promise<void> {
  if (decrypt.destroyed) return;
  for await (const piece of decrypt) (piece as Buffer).fill(0);
}

function checkManifest(manifest: Manifest, stamp: BundleStamp, seen: ReadonlyMap<string, Seen>, header: AgeHeaderInfo): void {
  if (manifest.bundleId !== stamp.bundleId || manifest.createdAt !== stamp.createdAt) throw tampered(`${MANIFEST_FILE} does not match the signed bundle id and date`);
  for (const file of manifest.files) {
    if (!seen.has(file.name)) throw tampered(`${file.name} is declared in ${MANIFEST_FILE} but missing from the archive`);
  }
  // The officer signed the recipient list: a copy re-encrypted to anyone else (or to more) is
  // refused. The test is on the identity that actually unwrapped the file key, not on any of
  // headquarters' identities: a desk holding a listed key and an unlisted one would otherwise
  // accept a copy re-encrypted to the unlisted one.
  if (!manifest.recipients.some((r) => r.recipient === header.recipient)) throw tampered('it was encrypted to a recipient the officer did not choose (re-encrypted)');
  if (header.stanzas !== manifest.recipients.length) throw tampered(`the age header has ${header.stanzas} recipients, the signed manifest ${manifest.recipients.length} (re-encrypted)`);
}
