import { createHash, randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../shared/errors';
import { AgeEncryptStream } from './age/encrypt';
import { FileSink } from './file-sink';
import { MANIFEST_FILE, type Manifest } from './manifest';
import { signPrehashed, minisignPrehash, type MinisignSecretKey } from './minisign/minisign';
import { bundleTrustedComment, formatSha256Sums, SIGNATURE_FILE, SUMS_FILE, type FileSum } from './signed-sums';
import { tarStream, type TarFile } from './tar/tar-writer';

/**
 * Writes one `.fieldnotes` file: manifest.json first, then each file as its source streams it
 * (hashed on the way), then SHA256SUMS and its signature; all of it tar'd and age-encrypted
 * straight into a temporary file beside the target, fsync'd and renamed only once complete.
 * Memory holds one chunk of each layer whatever the size. A failure or an abort removes the
 * temporary file: nothing is left behind.
 */
export interface BundleFile {
  readonly name: string;
  readonly size: number;
  readonly content: () => Uint8Array | AsyncIterable<Uint8Array>;
}

export interface WriteBundleRequest {
  readonly out: string;
  readonly recipients: readonly string[];
  readonly signer: MinisignSecretKey;
  readonly manifest: Omit<Manifest, 'files'>;
  readonly files: readonly BundleFile[];
  readonly signal?: AbortSignal;
  /** Bytes of archive written so far, of about `total`. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface WrittenBundle {
  readonly path: string;
  readonly bytes: number;
  /** SHA-256 of the .fieldnotes file itself, for the audit log. */
  readonly sha256: string;
}

const BLOCK = 512;
const padded = (size: number) => Math.ceil(size / BLOCK) * BLOCK;

async function* hashed(content: Uint8Array | AsyncIterable<Uint8Array>, hash: ReturnType<typeof createHash>, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  if (content instanceof Uint8Array) {
    hash.update(content);
    yield content;
    return;
  }
  for await (const piece of content) {
    signal?.throwIfAborted();
    hash.update(piece);
    yield piece;
  }
}

function* archiveFiles(request: WriteBundleRequest, mtime: number): Generator<TarFile> {
  const manifest = Buffer.from(`${JSON.stringify({ ...request.manifest, files: request.files.map(({ name, size }) => ({ name, size })) }, null, 2)}\n`);
  const sums: FileSum[] = [{ name: MANIFEST_FILE, sha256: createHash('sha256').update(manifest).digest('hex') }];
  yield { name: MANIFEST_FILE, size: manifest.length, mtime, content: manifest };
  for (const file of request.files) {
    const hash = createHash('sha256');
    yield { name: file.name, size: file.size, mtime, content: hashed(file.content(), hash, request.signal) };
    // The tar writer has drained this file's content before it asks for the next one.
    sums.push({ name: file.name, sha256: hash.digest('hex') });
  }
  const sumsText = Buffer.from(formatSha256Sums(sums));
  const signature = Buffer.from(signPrehashed(request.signer, minisignPrehash().update(sumsText).digest(), bundleTrustedComment(request.manifest)));
  yield { name: SUMS_FILE, size: sumsText.length, mtime, content: sumsText };
  yield { name: SIGNATURE_FILE, size: signature.length, mtime, content: signature };
}

export async function writeBundle(request: WriteBundleRequest): Promise<WrittenBundle> {
  if (existsSync(request.out)) throw new AppError('CONFLICT', `${basename(request.out)} already exists: choose another name.`);
  const temp = join(dirname(request.out), `.${basename(request.out)}.${randomBytes(6).toString('hex')}.partial`);
  // Manifest, sums and signature are small; an estimate within a few KiB is what progress needs.
  const total = request.files.reduce((sum, f) => sum + BLOCK + padded(f.size), 4 * BLOCK + 16 * 1024);
  let done = 0;
  let handle: FileHandle | null = null;
  try {
    handle = await open(temp, 'wx', 0o600);
    const sink = new FileSink(handle);
    // Made only now: a 'data' listener starts the flow, which must not begin before the pipeline is joined.
    const archive = Readable.from(tarStream(archiveFiles(request, Date.parse(request.manifest.createdAt) / 1000)));
    archive.on('data', (piece: Buffer) => {
      done += piece.length;
      request.onProgress?.(Math.min(done, total), total);
    });
    await pipeline(archive, new AgeEncryptStream(request.recipients), sink, { signal: request.signal });
    await handle.close();
    handle = null;
    if (existsSync(request.out)) throw new AppError('CONFLICT', `${basename(request.out)} appeared while exporting: nothing was replaced.`);
    renameSync(temp, request.out);
    return { path: request.out, bytes: sink.bytes, sha256: sink.sha256() };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    rmSync(temp, { force: true });
    throw error;
  }
}
