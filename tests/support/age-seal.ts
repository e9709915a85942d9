import { readFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { SealedFileWriter, type SealedFile } from '../../electron/core/bundle/sealed-file';

export interface Sealed extends SealedFile {
  /** The age file's bytes. */
  readonly file: Buffer;
  /** SHA-256 of plaintext streams 0 … streams − 1, as the writer reports them. */
  readonly digests: string[];
}

/**
 * `pieces` through the bundle's age writer into a file in `dir`, read back. A piece may name the
 * plaintext hash stream it belongs to; `streams` digests are taken at the end.
 */
export async function sealAge(
  dir: string,
  recipients: readonly string[],
  pieces: Iterable<Uint8Array | { bytes: Uint8Array; stream: number | null }> | AsyncIterable<Uint8Array | { bytes: Uint8Array; stream: number | null }>,
  streams = 0,
): Promise<Sealed> {
  const path = join(dir, `sealed-${Math.random().toString(36).slice(2)}.age`);
  const handle = await open(path, 'wx', 0o600);
  const writer = new SealedFileWriter(handle, recipients);
  try {
    for await (const piece of pieces) {
      if (piece instanceof Uint8Array) await writer.write(piece, null);
      else await writer.write(piece.bytes, piece.stream);
    }
    const digests = streams > 0 ? await writer.digests(streams) : [];
    const sealed = await writer.finish();
    return { ...sealed, digests, file: readFileSync(path) };
  } finally {
    await writer.close();
    await handle.close();
    rmSync(path, { force: true });
  }
}
