import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';

/**
 * SHA-256 on the second core: the bundle writer hashes each file's plaintext (for SHA256SUMS)
 * and the whole encrypted file (for the audit log), as many bytes twice over as the ChaCha20
 * that stays on the main thread. The worker reads the writer's staging buffers, which are
 * shared memory, so nothing is copied; the writer reuses a buffer only once the worker has
 * answered the message that named it (messages are handled in order).
 *
 * The worker is a fixed script passed as text (no file to ship beside the main bundle, the CLI
 * bundle and the tests alike); it takes no input but buffer indices and lengths.
 */
const SCRIPT = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
let buffers = [];
const hashes = new Map();
const hashOf = (stream) => {
  let hash = hashes.get(stream);
  if (!hash) hashes.set(stream, (hash = createHash('sha256')));
  return hash;
};
parentPort.on('message', ({ id, shared, updates, digests }) => {
  if (shared) buffers = shared.map((b) => new Uint8Array(b));
  for (const [stream, source, start, end] of updates) hashOf(stream).update(typeof source === 'number' ? buffers[source].subarray(start, end) : source);
  const hex = digests.map((stream) => {
    const digest = hashOf(stream).digest('hex');
    hashes.delete(stream);
    return digest;
  });
  parentPort.postMessage({ id, hex });
});
`;

/** Bytes for stream `stream`: a range of shared buffer `source` (its index), or a small copied buffer. */
export type HashUpdate = readonly [stream: number, source: number, start: number, end: number] | readonly [stream: number, source: Uint8Array];

interface Waiting {
  resolve: (hex: string[]) => void;
  reject: (error: Error) => void;
}

export class HashWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private next = 0;
  private failure: Error | null = null;
  private shared: SharedArrayBuffer[] | null;

  constructor(shared: readonly SharedArrayBuffer[]) {
    this.shared = [...shared];
    this.worker = new Worker(SCRIPT, { eval: true });
    this.worker.on('message', ({ id, hex }: { id: number; hex: string[] }) => {
      this.waiting.get(id)?.resolve(hex);
      this.waiting.delete(id);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', () => this.fail(new Error('the hashing thread stopped')));
  }

  /**
   * Applies `updates` in order, then finishes each stream in `digests` (a stream never updated
   * is the hash of nothing): resolves with their hex digests once the worker is done with every
   * buffer named so far.
   */
  run(updates: readonly HashUpdate[], digests: readonly number[] = []): Promise<string[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.next;
    this.next += 1;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, shared: this.shared, updates, digests });
      this.shared = null;
    });
  }

  async close(): Promise<void> {
    this.failure ??= new AppError('INTERNAL', 'The hashing thread was closed.');
    await this.worker.terminate();
  }

  private fail(cause: Error): void {
    if (!this.failure) this.failure = new AppError('INTERNAL', `Hashing the bundle failed: ${cause.message}.`);
    for (const { reject } of this.waiting.values()) reject(this.failure);
    this.waiting.clear();
  }
}
