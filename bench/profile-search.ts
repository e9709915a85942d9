/**
 * Where a search's time goes, step by step, per query kind: `npx tsx bench/profile-search.ts [notes]`.
 * A diagnostic beside `npm run bench`, not part of its figures. It repeats the steps of
 * SearchService.query (as of c62d97d: window probe, bm25 page, capped count, fetch, snippets)
 * against the same repositories, so if that method changes this file must follow it.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEncryptedDatabase } from '../electron/core/db/connection';
import type { Db } from '../electron/core/db/driver';
import { migrate } from '../electron/core/db/migrate';
import { openPlaintextDatabaseForBenchmark } from '../electron/core/db/plain-connection';
import { EntriesRepository } from '../electron/core/db/repositories/entries-repository';
import { SearchRepository } from '../electron/core/db/repositories/search-repository';
import { parseQuery } from '../electron/core/search/query-parser';
import { highlightAll, snippet } from '../electron/core/search/snippet';
import { openNotebook } from '../electron/core/services/notebook';
import { RANK_WINDOW } from '../electron/core/services/search-service';
import { buildVocabulary, createCorpus, readArabicSource } from './corpus';
import { median, round } from './measure';
import { buildWorkload, type QueryKind } from './workload';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const notes = Number(process.argv[2] ?? 10_000);
const STEPS = ['parse', 'window', 'rank', 'count', 'fetch', 'snippets'] as const;
type Step = (typeof STEPS)[number];

const vocabulary = buildVocabulary({ latinCount: 20_000, arabicText: readArabicSource(REPO_ROOT) });
const workload = buildWorkload(vocabulary);

function build(db: Db, label: string): void {
  const corpus = createCorpus({ vocabulary });
  const notebook = openNotebook(db, () => new Date());
  const started = performance.now();
  for (let i = 0; i < notes; i += 1_000) {
    notebook.entries.createMany(Array.from({ length: Math.min(1_000, notes - i) }, (_, j) => corpus.note(i + j)));
  }
  process.stderr.write(`${label}: ${notes} notes written in ${Math.round(performance.now() - started)} ms\n`);
}

function stepTimes(db: Db): Record<string, Record<Step, number>> {
  const index = new SearchRepository(db);
  const entries = new EntriesRepository(db);
  const samples = new Map<string, number[]>();
  for (let round = 0; round < 6; round += 1) {
    for (const q of workload) {
      const time = <T>(step: Step, run: () => T): T => {
        const started = performance.now();
        const value = run();
        const key = `${q.kind}.${step}`;
        if (round > 0) samples.set(key, [...(samples.get(key) ?? []), performance.now() - started]);
        return value;
      };
      const parsed = time('parse', () => parseQuery(q.text));
      if (!parsed) continue;
      const windowStart = time('window', () => index.nthNewestMatch(parsed.match, RANK_WINDOW - 1));
      const ranked = time('rank', () => index.rank(parsed.match, { limit: 20, offset: 0 }, windowStart));
      time('count', () => index.count(parsed.match, 10_000));
      const found = time('fetch', () => entries.findManyBySeq(ranked.map((r) => r.seq)));
      time('snippets', () => found.map(({ note }) => [highlightAll(note.title, parsed), snippet(note.body, parsed)]));
    }
  }
  const kinds: QueryKind[] = ['single', 'and', 'prefix', 'worst'];
  const medians = (kind: QueryKind) =>
    Object.fromEntries(STEPS.map((step) => [step, round(median(samples.get(`${kind}.${step}`) ?? []))])) as Record<Step, number>;
  return Object.fromEntries(kinds.map((kind) => [kind, medians(kind)]));
}

/** Bytes per table and index (dbstat): what a 100k-note vault is made of. */
function space(db: Db): Record<string, number> {
  const rows = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC').all() as { name: string; bytes: number }[];
  return Object.fromEntries(rows.map((r) => [r.name, r.bytes]));
}

/** The same steps before and after FTS5 'optimize' (one segment): does segment count matter? */
function profile(db: Db, label: string) {
  build(db, label);
  const asBuilt = stepTimes(db);
  const started = performance.now();
  db.prepare("INSERT INTO search_index (search_index) VALUES ('optimize')").run();
  const optimizeMs = Math.round(performance.now() - started);
  process.stderr.write(`${label}: optimize took ${optimizeMs} ms\n`);
  return { as_built: asBuilt, optimize_ms: optimizeMs, after_optimize: stepTimes(db) };
}

const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-profile-'));
try {
  const plain = openPlaintextDatabaseForBenchmark(join(dir, 'plain.db'));
  migrate(plain);
  const encrypted = openEncryptedDatabase(join(dir, 'encrypted.db'), randomBytes(32), { create: true });
  migrate(encrypted);
  const result = {
    notes,
    median_ms_per_step: { encrypted: profile(encrypted, 'encrypted'), plain: profile(plain, 'plain') },
    bytes_by_table_plain: space(plain),
  };
  encrypted.close();
  plain.close();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
