import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { fsyncDirectory } from '../fs/atomic-file';
import { MANIFEST_FILE, type Manifest } from './manifest';
import { signPrehashed, minisignPrehash, type MinisignSecretKey } from './minisign/minisign';
import { SealedFileWriter } from './sealed-file';
import { bundleTrustedComment, formatSha256Sums, SIGNATURE_FILE, SUMS_FILE } from './signed-sums';
import { tarPieces, type TarFile } from './tar/tar-writer';

/**
 * Writes one `.fieldnotes` file: manifest.json first, then each file as its source streams it,
 * then SHA256SUMS and its signature; all of it tar'd and age-encrypted straight into a
 * temporary file beside the target, fsync'd and renamed only once complete. Each file's
 * plaintext and the whole file are hashed on a worker thread on the way (sealed-file.ts).
 * Memory holds a few fixed staging buffers whatever the size. A failure or an abort removes
 * the temporary file: nothing is left behind.
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
  /** A last check once the file is complete, before it takes its name: throwing leaves nothing behind. */
  readonly beforeNaming?: () => void;
}

export interface WrittenBundle {
  readonly path: string;
  readonly bytes: number;
  /** SHA-256 of the .fieldnotes file itself, for the audit log. */
  readonly sha256: string;
}

const BLOCK = 512;
const padded = (size: number) => Math.ceil(size / BLOCK) * BLOCK;

/** The archive's files in order; `digests` gives the SHA-256 of the first n files' contents once they are written. */
async function* archiveFiles(request: WriteBundleRequest, mtime: number, digests: (count: number) => Promise<string[]>): AsyncGenerator<TarFile> {
  const manifest = Buffer.from(`${JSON.stringify({ ...request.manifest, files: request.files.map(({ name, size }) => ({ name, size })) }, null, 2)}\n`);
  yield { name: MANIFEST_FILE, size: manifest.length, mtime, content: manifest };
  for (const file of request.files) yield { name: file.name, size: file.size, mtime, content: file.content() };
  // The archive has passed every file's content to the writer before it asks for the next file.
  const names = [MANIFEST_FILE, ...request.files.map((f) => f.name)];
  const hex = await digests(names.length);
  const sumsText = Buffer.from(formatSha256Sums(names.map((name, i) => ({ name, sha256: hex[i] as string }))));
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
  let writer: SealedFileWriter | null = null;
  try {
    handle = await open(temp, 'wx', 0o600);
    const sealed = new SealedFileWriter(handle, request.recipients);
    writer = sealed;
    for await (const piece of tarPieces(archiveFiles(request, Date.parse(request.manifest.createdAt) / 1000, (count) => sealed.digests(count)))) {
      request.signal?.throwIfAborted();
      await sealed.write(piece.bytes, piece.contentOf);
      done += piece.bytes.length;
      request.onProgress?.(Math.min(done, total), total);
    }
    const { bytes, sha256 } = await sealed.finish();
    request.signal?.throwIfAborted();
    await sealed.close();
    writer = null;
    await handle.close();
    handle = null;
    request.beforeNaming?.();
    takeName(temp, request.out);
    return { path: request.out, bytes, sha256 };
  } catch (error) {
    await writer?.close().catch(() => undefined);
    await handle?.close().catch(() => undefined);
    rmSync(temp, { force: true });
    throw error;
  }
}

const appeared = (out: string) => new AppError('CONFLICT', `${basename(out)} appeared while exporting: nothing was replaced.`);

/**
 * Gives the finished file its name without ever replacing a file that appeared meanwhile: a hard
 * link fails if the name exists, where a rename would silently replace it. Filesystems without
 * hard links (FAT on a USB stick) fall back to check-then-rename. The directory is synced so the
 * name survives a power cut; where a filesystem refuses that, the file itself is already synced.
 */
function takeName(temp: string, out: string): void {
  try {
    linkSync(temp, out);
    rmSync(temp, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw appeared(out);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    if (existsSync(out)) throw appeared(out);
    renameSync(temp, out);
  }
  try {
    fsyncDirectory(dirname(out));
  } catch {
    // Best effort, as said above: failing here would report a bundle that exists as not written.
  }
}
