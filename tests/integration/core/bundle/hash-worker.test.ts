import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HashWorker } from '../../../../electron/core/bundle/hash-worker';
import { AppError } from '../../../../shared/errors';

const sha256 = (...parts: Uint8Array[]) => parts.reduce((hash, part) => hash.update(part), createHash('sha256')).digest('hex');

describe('the SHA-256 worker thread', () => {
  it('hashes ranges of shared buffers and copied bytes into their streams, in order, and finishes the streams asked for', async () => {
    const shared = [new SharedArrayBuffer(1000), new SharedArrayBuffer(300)];
    const [a, b] = shared.map((s) => Buffer.from(s)) as [Buffer, Buffer];
    randomBytes(1000).copy(a);
    randomBytes(300).copy(b);
    const inline = randomBytes(17);
    const worker = new HashWorker(shared);
    try {
      expect(await worker.run([[0, 0, 0, 10], [1, 1, 5, 300], [0, inline]])).toEqual([]);
      // Streams 0 and 1 go on after a message; 2 was never written; -1 names any stream.
      const hex = await worker.run([[0, 0, 10, 1000], [-1, 1, 0, 1]], [0, 1, 2, -1]);
      expect(hex).toEqual([sha256(a.subarray(0, 10), inline, a.subarray(10)), sha256(b.subarray(5)), sha256(), sha256(b.subarray(0, 1))]);
      // A finished stream starts again from nothing.
      expect(await worker.run([[0, 0, 0, 3]], [0])).toEqual([sha256(a.subarray(0, 3))]);
    } finally {
      await worker.close();
    }
  });

  it('once closed, every call fails with a clear error instead of hanging', async () => {
    const worker = new HashWorker([]);
    await worker.close();
    const failure = await worker.run([], [0]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
  });

  it('a message the thread cannot handle fails what waits on it with an AppError', async () => {
    const worker = new HashWorker([new SharedArrayBuffer(8)]);
    try {
      // Buffer 3 does not exist: the thread throws, and the call is refused rather than left waiting.
      const failure = await worker.run([[0, 3, 0, 8]]).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(AppError);
      expect((failure as AppError).code).toBe('INTERNAL');
    } finally {
      await worker.close();
    }
  });
});
