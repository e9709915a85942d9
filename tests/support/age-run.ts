import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { AgeDecryptStream } from '../../electron/core/bundle/age/decrypt';
import type { AgeIdentity } from '../../electron/core/bundle/age/x25519';

export interface DecryptOutcome {
  /** The error code, or 'ok'. */
  code: string;
  /** Whether the header was accepted ('header' emitted) before the outcome. */
  headerAccepted: boolean;
  plaintext: Buffer;
  sha256: string;
}

/** Runs `file` through AgeDecryptStream in `pieceBytes` writes and reports what happened. */
export async function decryptAge(file: Uint8Array, identities: readonly AgeIdentity[], pieceBytes = 4096): Promise<DecryptOutcome> {
  const stream = new AgeDecryptStream(identities);
  let headerAccepted = false;
  stream.on('header', () => {
    headerAccepted = true;
  });
  const out: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise<string>((resolve) => {
    stream.on('end', () => resolve('ok'));
    stream.on('error', (error) => resolve(error instanceof AppError ? error.code : `not an AppError: ${String(error)}`));
  });
  for (let at = 0; at < file.length; at += pieceBytes) stream.write(file.subarray(at, at + pieceBytes));
  stream.end();
  const code = await done;
  const plaintext = Buffer.concat(out);
  return { code, headerAccepted, plaintext, sha256: createHash('sha256').update(plaintext).digest('hex') };
}
