import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { EntryInput } from '../shared/domain/entries';
import type { Notebook } from '../electron/core/services/notebook';
import type { Corpus } from './corpus';
import { elapsedMs, yieldToEventLoop } from './measure';
import { progress } from './progress';

/** The two databases under test, grown in lockstep with the same notes. */

export function isPlaintextSqlite(file: string): boolean {
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return head.toString('latin1') === 'SQLite format 3\u0000';
}

export function fileBytes(file: string): number {
  return [file, `${file}-wal`].reduce((sum, f) => {
    try {
      return sum + statSync(f).size;
    } catch {
      return sum;
    }
  }, 0);
}

export interface Side {
  name: 'encrypted' | 'plain';
  notebook: () => Notebook;
  file: string;
  bulkMs: number;
  /** CPU time of the same batches (process.cpuUsage): what the import costs, whatever else the machine runs. */
  bulkCpuMs: number;
  bulkNotes: number;
  singleMs: number;
}

/** Wall and CPU milliseconds of a synchronous run. On a shared machine wall time includes waiting for a core; CPU time does not. */
function wallAndCpuMs(run: () => void): { ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const { ms } = elapsedMs(run);
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Fields that hold a vocabulary value or an instant, not text the officer wrote. */
const NOT_TEXT = new Set(['kind', 'occurredAt', 'counterpartType', 'topics', 'outlets', 'sensitivity']);

/** UTF-8 bytes of the text an entry holds: every string in it but its vocabulary values and dates. */
export function textBytes(value: unknown, key = ''): number {
  if (NOT_TEXT.has(key)) return 0;
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8');
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + textBytes(item), 0);
  if (value !== null && typeof value === 'object') return Object.entries(value).reduce((sum, [k, v]) => sum + textBytes(v, k), 0);
  return 0;
}

export class CorpusFeed {
  next = 0;
  bodyBytes = 0;
  /** The text the notes hold (textBytes): what `vault_bytes_per_text_byte` divides by. */
  noteBytes = 0;
  generateMs = 0;
  constructor(private readonly corpus: Corpus) {}

  take(count: number): EntryInput[] {
    const t = performance.now();
    const notes = Array.from({ length: count }, () => this.corpus.note(this.next++));
    for (const n of notes) {
      this.bodyBytes += Buffer.byteLength(n.body, 'utf8');
      this.noteBytes += textBytes(n);
    }
    this.generateMs += performance.now() - t;
    return notes;
  }
}

/** The app's save path: one note, one transaction, one fsync (synchronous=FULL). */
export function insertSingles(sides: Side[], notes: EntryInput[]): void {
  for (const side of sides) {
    const entries = side.notebook().entries;
    side.singleMs += elapsedMs(() => notes.forEach((n) => entries.create(n))).ms;
  }
}

/** What growTo times besides the notebooks: the bare FTS5 reference (bare-fts.ts). */
export interface BatchTarget {
  bulkMs: number;
  bulkCpuMs: number;
  bulkNotes: number;
  add(notes: readonly EntryInput[]): void;
}

/** Grows both databases (and the reference) to `size` notes in createMany batches, same notes in the same order. */
export async function growTo(size: number, sides: Side[], feed: CorpusFeed, batchSize: number, reference: BatchTarget): Promise<void> {
  let lastReport = performance.now();
  while (feed.next < size) {
    await yieldToEventLoop(); // so Ctrl-C reaches the clean-up handler between batches
    const batch = feed.take(Math.min(batchSize, size - feed.next));
    for (const side of sides) {
      const { ms, cpuMs } = wallAndCpuMs(() => side.notebook().entries.createMany(batch));
      side.bulkMs += ms;
      side.bulkCpuMs += cpuMs;
      side.bulkNotes += batch.length;
    }
    const { ms, cpuMs } = wallAndCpuMs(() => reference.add(batch));
    reference.bulkMs += ms;
    reference.bulkCpuMs += cpuMs;
    reference.bulkNotes += batch.length;
    if (performance.now() - lastReport > 10_000 || feed.next === size) {
      lastReport = performance.now();
      const rates = [...sides, { ...reference, name: 'bare FTS5' }].map((s) => `${s.name} ${Math.round((s.bulkNotes / s.bulkMs) * 1000)}/s`).join(', ');
      progress(`  ${feed.next.toLocaleString('en')} notes (${rates})`);
    }
  }
}

