/**
 * The benchmark proper: builds both databases in a temporary folder, measures, cleans up,
 * and returns the figures. bench/index.ts is the command around it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../electron/core/db/driver';
import { migrate } from '../electron/core/db/migrate';
import { openPlaintextDatabaseForBenchmark } from '../electron/core/db/plain-connection';
import { JobRunner } from '../electron/core/jobs/job-runner';
import { openNotebook, type Notebook } from '../electron/core/services/notebook';
import { NEW_VAULT_CIPHER_PAGE_SIZE, readHeader } from '../electron/core/vault/header';
import { VaultSession } from '../electron/core/vault/session';
import { deriveSubkeys } from '../electron/core/vault/subkeys';
import { measureCliStart } from './cli-start';
import { buildVocabulary, createCorpus, readArabicSource, ZIPF_EXPONENT, DEFAULT_SEED } from './corpus';
import { BareFtsReference } from './bare-fts';
import { CorpusFeed, fileBytes, growTo, insertSingles, isPlaintextSqlite, type Side } from './databases';
import { filteredListTimings, listPageKeys } from './list-pages';
import { bytesPerTextByteByPart } from './vault-bytes';
import { elapsedMsAsync, measureEach, round } from './measure';
import { sizeLabel, type BenchOptions } from './options';
import { progress, secondsSinceStart } from './progress';
import { inScratchDir } from './throughput';
import { byKindTable, evaluateTargets, queryRows, searchFigures, searchKeys, slowest, type QueryTiming } from './report';
import { measureUnlock } from './unlock';
import { buildWorkload, type BenchQuery } from './workload';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PASSPHRASE = 'bench passphrase: correct horse battery staple';
const PAGE = { limit: 20, offset: 0 } as const;
const LATIN_WORDS = 20_000;
/** Argon2id with p=4 on a busy 2-core machine swung 650-3200 ms between consecutive runs: several samples, min and median. */
const UNLOCK_SAMPLES = 5;

const loadAtStart = loadavg()[0] ?? 0;

/**
 * Both databases in one measurement: each round runs every query on the encrypted database
 * and straight after on the plain one, so a burst of load from elsewhere on the machine hits
 * both sides alike instead of skewing their ratio (seen: 1.48 measured side after side under
 * load, 0.92 on a quiet machine).
 */
async function searchBoth(sides: readonly [Side, Side], workload: readonly BenchQuery[], options: BenchOptions) {
  const pairs = workload.flatMap((query) => sides.map((side) => ({ side, query })));
  const timed = await measureEach(pairs, ({ side, query }) => side.notebook().search.query({ query: query.text, ...PAGE }), {
    warmup: options.warmup,
    repetitions: options.repetitions,
  });
  const of = (side: Side): QueryTiming[] =>
    timed.filter((t) => t.item.side === side).map((t) => ({ ...t, item: t.item.query }));
  return { encrypted: of(sides[0]), plain: of(sides[1]) };
}

function machine(plainDb: Db) {
  // The library's own versions, asked of the baseline connection (the same native module).
  const version = (sql: string) => String(plainDb.prepare(sql).pluck().get());
  return {
    cpus: cpus().length,
    cpu_model: cpus()[0]?.model ?? 'unknown',
    memory_gib: round(totalmem() / 2 ** 30, 1),
    platform: `${process.platform}-${process.arch}`,
    node: process.version,
    sqlite: version('SELECT sqlite_version()'),
    sqlite3mc: version('SELECT sqlite3mc_version()'),
    // Other work on the machine skews every figure: the 1-minute load average at the end says how much.
    load_avg_1m_start: round(loadAtStart),
    load_avg_1m_end: round(loadavg()[0] ?? 0),
    cipher: 'sqlcipher legacy=4 (SQLCipher 4 format: AES-256-CBC, HMAC-SHA512), raw 256-bit key',
  };
}

/**
 * The vault's size on disk as it is left when locked: closing folds the WAL into the database
 * and removes it, so this is what a laptop keeps. Unlocked again for the measurements after.
 */
async function vaultBytesAtRest(session: VaultSession): Promise<number> {
  session.lock();
  const bytes = fileBytes(session.layout.database);
  await session.unlock(PASSPHRASE);
  return bytes;
}

/** Grows both databases through each size and runs the workload on both at each stop. */
async function measureAtSizes(options: BenchOptions, sides: Side[], reference: BareFtsReference, feed: CorpusFeed, workload: readonly BenchQuery[], session: VaultSession, plainDb: Db) {
  const [encrypted, baseline] = sides as [Side, Side];
  const metrics: Record<string, unknown> = {};
  const detail: Record<string, unknown> = {};
  const bySize: Record<string, unknown> = {};
  for (const size of options.sizes) {
    const label = sizeLabel(size);
    progress(`growing both databases to ${size.toLocaleString('en')} notes (createMany, batches of ${options.batchSize})…`);
    const grown = { ms: encrypted.bulkMs, cpuMs: encrypted.bulkCpuMs, notes: encrypted.bulkNotes };
    const bareGrown = { ms: reference.bulkMs, notes: reference.bulkNotes };
    await growTo(size, sides, feed, options.batchSize, reference);
    const insertPerS = Math.round(((encrypted.bulkNotes - grown.notes) / (encrypted.bulkMs - grown.ms)) * 1000);
    const insertCpuPerS = Math.round(((encrypted.bulkNotes - grown.notes) / (encrypted.bulkCpuMs - grown.cpuMs)) * 1000);
    const bareInsertPerS = Math.round(((reference.bulkNotes - bareGrown.notes) / (reference.bulkMs - bareGrown.ms)) * 1000);
    progress(`searching at ${label}: ${workload.length} queries × 2 databases, ${options.warmup} warm-up round + ${options.repetitions} measured…`);
    const { encrypted: enc, plain: pln } = await searchBoth([encrypted, baseline], workload, options);
    const encFigures = searchFigures(enc);
    const plnFigures = searchFigures(pln);
    const lists = filteredListTimings(encrypted.notebook());
    Object.assign(metrics, searchKeys(label, encFigures, plnFigures), listPageKeys(label, encrypted.notebook(), workload, lists));
    const slowLists = [...lists].sort((a, b) => b.ms - a.ms).slice(0, 6);
    progress(`  slowest lists: ${slowLists.map((t) => `${t.filter} ${t.at} (${t.total}) ${t.ms} ms`).join('; ')}`);
    const restBytes = await vaultBytesAtRest(session);
    Object.assign(metrics, {
      // The batches that grew the notebook from the previous size to this one.
      [`insert_per_s_${label}`]: insertPerS,
      [`insert_cpu_per_s_${label}`]: insertCpuPerS,
      [`insert_per_s_bare_fts_${label}`]: bareInsertPerS,
      [`vault_bytes_per_text_byte_${label}`]: round(restBytes / feed.noteBytes),
    });
    progress(`  at rest ${(restBytes / 2 ** 20).toFixed(1)} MiB for ${(feed.noteBytes / 2 ** 20).toFixed(1)} MiB of text; ${insertPerS} notes/s (${insertCpuPerS}/s of CPU time) from the previous size; bare FTS5 ${bareInsertPerS}/s`);
    const rows = queryRows(enc, pln);
    bySize[label] = {
      db_bytes: fileBytes(encrypted.file),
      db_bytes_at_rest: restBytes,
      db_bytes_plain: fileBytes(baseline.file),
      bytes_per_text_byte_by_part: bytesPerTextByteByPart(plainDb, feed.noteBytes),
      by_kind_ms: byKindTable(encFigures, plnFigures),
      slowest: slowest(rows, 8),
      slowest_lists: slowLists,
      ranked_window_queries: rows.filter((r) => r.ranked_window !== null).length,
    };
    detail[label] = rows;
    progress(`  p50 ${encFigures.overall.p50} / p95 ${encFigures.overall.p95} / worst ${encFigures.worstMs} ms (plain ${plnFigures.overall.p50} / ${plnFigures.overall.p95} / ${plnFigures.worstMs})`);
  }

  return { metrics, bySize, detail };
}

export interface BenchOutput {
  result: Record<string, unknown>;
  /** Per-query rows by size: in the results file only, too long for the terminal. */
  detail: Record<string, unknown>;
}

export async function runBenchmark(options: BenchOptions): Promise<BenchOutput> {
  const arabicText = readArabicSource(REPO_ROOT);
  const vocabulary = buildVocabulary({ latinCount: LATIN_WORDS, arabicText });
  const corpus = createCorpus({ vocabulary });
  const workload = buildWorkload(vocabulary);
  const feed = new CorpusFeed(corpus);
  progress(`vocabulary ${vocabulary.words.length} words (${vocabulary.arabicCount} Arabic); sizes ${options.sizes.join(', ')}; ${workload.length} queries`);

  // First, before the benchmark's own work loads the machine and fills the page cache.
  progress('timing fieldnotes --help against a bare node start…');
  const cliStart = measureCliStart(REPO_ROOT);

  return inScratchDir('fieldnotes-bench-', async (dir) => {
    const session = new VaultSession({ dir: join(dir, 'vault'), kdfTargetMs: options.kdfTargetMs });
    const plainFile = join(dir, 'plain.db');
    const plainDb = openPlaintextDatabaseForBenchmark(plainFile, NEW_VAULT_CIPHER_PAGE_SIZE);
    const reference = new BareFtsReference(join(dir, 'bare-fts.db'));
    let plainNotebook: Notebook | null = null;
    try {
      progress(`creating the vault (Argon2id calibrated toward ${options.kdfTargetMs} ms)…`);
      const createMs = (await elapsedMsAsync(() => session.create(PASSPHRASE))).ms;
      const kdf = readHeader(session.layout.header).kdf;
      progress(`  vault created in ${Math.round(createMs)} ms: ${kdf.memoryKiB / 1024} MiB, t=${kdf.passes}, p=${kdf.parallelism}`);
      migrate(plainDb);
      const plainId = randomUUID();
      plainNotebook = openNotebook(plainDb, () => new Date(), plainId, deriveSubkeys(randomBytes(32), plainId), new JobRunner());
      const plain = plainNotebook;

      const sides: Side[] = [
        { name: 'encrypted', notebook: () => session.requireNotebook(), file: session.layout.database, bulkMs: 0, bulkCpuMs: 0, bulkNotes: 0, singleMs: 0 },
        { name: 'plain', notebook: () => plain, file: plainFile, bulkMs: 0, bulkCpuMs: 0, bulkNotes: 0, singleMs: 0 },
      ];
      const [encrypted, baseline] = sides as [Side, Side];

      const singles = Math.min(options.singleInserts, options.sizes[0] ?? 0);
      progress(`inserting ${singles} notes one transaction each…`);
      insertSingles(sides, feed.take(singles));

      const { metrics, bySize, detail } = await measureAtSizes(options, sides, reference, feed, workload, session, plainDb);

      progress(`locking and unlocking ${UNLOCK_SAMPLES}× at ${feed.next.toLocaleString('en')} notes…`);
      const firstQuery = workload[0]?.text ?? '';
      const unlock = await measureUnlock(session, PASSPHRASE, UNLOCK_SAMPLES, () =>
        session.requireNotebook().search.query({ query: firstQuery, ...PAGE }),
      );

      const bulkNotes = encrypted.bulkNotes;
      const insertPerS = Math.round((bulkNotes / encrypted.bulkMs) * 1000);
      const insertPerSBareFts = Math.round((reference.bulkNotes / reference.bulkMs) * 1000);
      const result: Record<string, unknown> = {
        benchmark: 'fieldnotes/1',
        unlock_ms: round(unlock.medianMs),
        unlock_min_ms: round(Math.min(...unlock.samplesMs)),
        unlock_samples_ms: unlock.samplesMs.map((ms) => round(ms)),
        unlock_kdf_ms: unlock.kdfMedianMs,
        vault_create_ms: round(createMs),
        first_search_after_unlock_ms: round(unlock.firstSearchMs),
        ...cliStart,
        kdf: { name: kdf.name, memory_kib: kdf.memoryKiB, passes: kdf.passes, parallelism: kdf.parallelism, target_ms: options.kdfTargetMs },
        insert_per_s: insertPerS,
        insert_per_s_plain: Math.round((baseline.bulkNotes / baseline.bulkMs) * 1000),
        insert_per_s_bare_fts: insertPerSBareFts,
        insert_cpu_per_s_bare_fts: Math.round((reference.bulkNotes / reference.bulkCpuMs) * 1000),
        // Our batches against the bare table's on the same host at the same time: issue 8's 2,500/s is 0.6 of its ~4,200.
        insert_ratio_bare_fts: round(insertPerS / insertPerSBareFts, 3),
        // The same in CPU time: steadier on a shared machine, where each side's wall time is its own luck in the queue for a core.
        insert_cpu_ratio_bare_fts: round(bulkNotes / encrypted.bulkCpuMs / (reference.bulkNotes / reference.bulkCpuMs), 3),
        // The same batches in CPU time: on a loaded machine the wall-time rate above mostly measures the queue for a core.
        insert_cpu_per_s: Math.round((bulkNotes / encrypted.bulkCpuMs) * 1000),
        insert_cpu_per_s_plain: Math.round((baseline.bulkNotes / baseline.bulkCpuMs) * 1000),
        insert_batch_size: options.batchSize,
        insert_single_per_s: singles > 0 ? Math.round((singles / encrypted.singleMs) * 1000) : null,
        insert_single_per_s_plain: singles > 0 ? Math.round((singles / baseline.singleMs) * 1000) : null,
        insert_single_notes: singles,
        ...metrics,
        by_size: bySize,
        corpus: {
          notes: options.sizes,
          avg_note_bytes: Math.round(feed.noteBytes / feed.next),
          avg_body_bytes: Math.round(feed.bodyBytes / feed.next),
          vocab_size: vocabulary.words.length,
          vocab_latin: vocabulary.latinCount,
          vocab_arabic: vocabulary.arabicCount,
          zipf_s: ZIPF_EXPONENT,
          seed: DEFAULT_SEED,
          generate_ms: round(feed.generateMs),
        },
        workload: {
          single: 50, and: 20, prefix: 20, worst: 5, limit: PAGE.limit, warmup_rounds: options.warmup, repetitions: options.repetitions,
          note: 'p50/p95/max over per-query medians of the 90 single/and/prefix queries; worst = slowest of the 5 most frequent words',
        },
        encrypted_file_verified: !isPlaintextSqlite(encrypted.file) && isPlaintextSqlite(baseline.file),
        machine: machine(plainDb),
      };
      result.targets = evaluateTargets(result);
      result.duration_s = round(secondsSinceStart(), 1);
      return { result, detail };
    } finally {
      session.lock();
      reference.close();
      plainNotebook?.close();
      if (!plainNotebook) plainDb.close();
    }
  });
}

