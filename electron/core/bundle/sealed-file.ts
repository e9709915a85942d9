import type { FileHandle } from 'node:fs/promises';
import { sealChunks, sealedBytes, startAgeFile } from './age/encrypt-blocks';
import { CHUNK_BYTES, type PayloadSealer } from './age/payload';
import { HashWorker, type HashUpdate } from './hash-worker';

/**
 * Plaintext in, an age file on disk out, with SHA-256 of chosen plaintext streams (each file of
 * the archive) and of the whole file, at the speed of ChaCha20 on one core. The plaintext is
 * copied into a staging slot of SLOT_BYTES; a full slot is sealed chunk by chunk into its own
 * output buffer, written with one positioned write and hashed by the worker thread while the
 * main thread fills and seals the next slot. Nothing is allocated per chunk or per piece, so
 * the garbage collector and fresh-page faults stay out of the way.
 *
 * A slot is sealed only when a byte after it arrives (lazily), so its chunks are middle chunks,
 * and finish() seals what is left as the payload's end (age.md: the last chunk may be full; it
 * is empty only when it is the only one).
 */
/**
 * 256 KiB a slot: measured on the 2-core test machine (1 GiB, CPU time), writes of 1–4 MiB cost
 * the kernel 3–5× the system time of 64–256 KiB writes (dd shows the same), and a small slot is
 * still in cache when it is written and hashed; 4 MiB slots spent about 1.6 s more CPU per GiB.
 */
const SLOT_CHUNKS = 4;
export const SLOT_BYTES = SLOT_CHUNKS * CHUNK_BYTES;
/** One being filled and sealed while the others are written and hashed; several, so a slow write or a busy hashing thread stalls nothing at once. */
const SLOTS = 8;
/**
 * Flushed to the device in the background every so many bytes, so the disk works while the rest
 * is encrypted; otherwise the kernel holds up to a fifth of RAM dirty and the closing fsync
 * writes a whole large bundle with nothing left to overlap it.
 */
const FLUSH_EVERY_BYTES = 64 * 1024 * 1024;
/** The hash stream of the whole file; plaintext streams are numbered from 0. */
const WHOLE_FILE = -1;

interface Slot {
  readonly plain: Buffer;
  readonly sealed: Buffer;
  /** The slot's last write and hashing: it is refilled only once both are over. */
  busy: Promise<void>;
}

/** `promise`, marked as handled now (it is awaited later, and a rejection meanwhile must not count as unhandled). */
function later<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** Waits for both, even when one fails first (a write must not outlive the file handle), then fails with the first failure. */
async function both(a: Promise<unknown>, b: Promise<unknown>): Promise<void> {
  for (const result of await Promise.allSettled([a, b])) if (result.status === 'rejected') throw result.reason;
}

export interface SealedFile {
  readonly bytes: number;
  /** SHA-256 of the whole file, lowercase hex. */
  readonly sha256: string;
}

export class SealedFileWriter {
  private readonly sealer: PayloadSealer;
  private readonly hasher: HashWorker;
  private readonly slots: Slot[];
  private readonly head: Promise<void>;
  private current = 0;
  private filled = 0;
  /** Plaintext ranges of the current slot not yet sent to the hasher. */
  private ranges: HashUpdate[] = [];
  private position = 0;
  private unflushed = 0;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly handle: FileHandle, recipients: readonly string[]) {
    const { head, sealer } = startAgeFile(recipients);
    this.sealer = sealer;
    const shared = Array.from({ length: SLOTS }, () => [new SharedArrayBuffer(SLOT_BYTES), new SharedArrayBuffer(sealedBytes(SLOT_BYTES))] as const);
    this.slots = shared.map(([plain, sealed]) => ({ plain: Buffer.from(plain), sealed: Buffer.from(sealed), busy: Promise.resolve() }));
    this.hasher = new HashWorker(shared.flat());
    this.head = later(both(this.hasher.run([[WHOLE_FILE, head]]), this.put(head, head.length)));
  }

  /** Appends `bytes` to the payload; `stream`: the plaintext hash they also go to, if any. */
  async write(bytes: Uint8Array, stream: number | null): Promise<void> {
    for (let at = 0; at < bytes.length; ) {
      if (this.filled === SLOT_BYTES) await this.sealSlot();
      const slot = this.slots[this.current] as Slot;
      const length = Math.min(SLOT_BYTES - this.filled, bytes.length - at);
      slot.plain.set(bytes.subarray(at, at + length), this.filled);
      if (stream !== null) this.ranges.push([stream, 2 * this.current, this.filled, this.filled + length]);
      this.filled += length;
      at += length;
    }
  }

  /** SHA-256 of plaintext streams 0 … count − 1 as written so far, lowercase hex; each stream is finished by this. */
  digests(count: number): Promise<string[]> {
    // The current slot's ranges can be hashed before it is sealed: it is refilled only after a later message.
    const updates = this.ranges;
    this.ranges = [];
    return this.hasher.run(updates, Array.from({ length: count }, (_, i) => i));
  }

  /** Seals the end of the payload, waits for every write and hash, and fsyncs the file. */
  async finish(): Promise<SealedFile> {
    const slot = this.slots[this.current] as Slot;
    const length = sealChunks(this.sealer, slot.plain, this.filled, true, slot.sealed);
    const digest = this.hasher.run([...this.ranges, [WHOLE_FILE, 2 * this.current + 1, 0, length]], [WHOLE_FILE]);
    this.ranges = [];
    slot.busy = later(both(digest, this.put(slot.sealed, length)));
    await this.head;
    for (const { busy } of this.slots) await busy;
    await this.flushing;
    await this.handle.sync();
    return { bytes: this.position, sha256: (await digest)[0] as string };
  }

  /** Waits out whatever is in flight (the handle may then be closed), stops the worker and wipes the plaintext and the key. */
  async close(): Promise<void> {
    await Promise.allSettled([this.head, ...this.slots.map((s) => s.busy), this.flushing]);
    await this.hasher.close();
    for (const slot of this.slots) slot.plain.fill(0);
    this.sealer.wipe();
  }

  /** Seals the full current slot (more follows, so every chunk is a middle one), sends it off, and moves to the next free slot. */
  private async sealSlot(): Promise<void> {
    const slot = this.slots[this.current] as Slot;
    const length = sealChunks(this.sealer, slot.plain, this.filled, false, slot.sealed);
    slot.busy = later(both(this.hasher.run([...this.ranges, [WHOLE_FILE, 2 * this.current + 1, 0, length]]), this.put(slot.sealed, length)));
    this.ranges = [];
    this.current = (this.current + 1) % SLOTS;
    this.filled = 0;
    await (this.slots[this.current] as Slot).busy;
  }

  private async put(data: Buffer, length: number): Promise<void> {
    const position = this.position;
    this.position += length;
    // A short write (rare on regular files, possible after a signal) resumes where it stopped.
    for (let done = 0; done < length; ) done += (await this.handle.write(data, done, length - done, position + done)).bytesWritten;
    this.unflushed += length;
    if (this.unflushed >= FLUSH_EVERY_BYTES) {
      this.unflushed = 0;
      this.flushing = later(this.flushing.then(() => this.handle.datasync()));
    }
  }
}
