import type { Db } from '../db/driver';
import type { EntriesRepository } from '../db/repositories/entries-repository';
import type { MetaRepository } from '../db/repositories/meta-repository';
import type { SearchRepository } from '../db/repositories/search-repository';
import { nextSlice, type JobRunner, type ReportProgress } from '../jobs/job-runner';
import { indexedText, SEARCH_INDEX_VERSION } from '../search/indexed-text';

const VERSION_KEY = 'search_index_version';
/**
 * `<version>:<seq>` while a rebuild is under way: the version it builds and the last entry it
 * indexed, committed with each slice, so a rebuild cut short (a lock, a crash) resumes there.
 */
const PROGRESS_KEY = 'search_index_rebuilt_through';
/** Entries per transaction: long enough to amortise a commit, short enough to keep IPC and a lock prompt. */
export const REBUILD_SLICE = 500;

/** How much of the notebook the index covers while it is incomplete. */
export interface IndexCoverage {
  indexed: number;
  total: number;
  /** False once the rebuild stopped short (cancelled, failed): it resumes at the next unlock. */
  rebuilding: boolean;
}

export interface SearchIndexUpkeep {
  /** Undefined once the index covers every entry. */
  coverage: () => IndexCoverage | undefined;
}

const CURRENT: SearchIndexUpkeep = { coverage: () => undefined };

/** The last entry an interrupted rebuild of this version indexed, if one was under way. */
function resumePoint(meta: MetaRepository): number | undefined {
  const [version, seq] = (meta.get(PROGRESS_KEY) ?? '').split(':');
  return version === SEARCH_INDEX_VERSION && seq !== undefined && /^\d+$/.test(seq) ? Number(seq) : undefined;
}

/**
 * Rebuilds the search index from the entries when it was built by another normalisation (an
 * upgrade). The rebuild is a job: slices of REBUILD_SLICE entries, one transaction each, the
 * event loop free between them, cancelled by a lock and resumed after the last committed slice
 * at the next unlock. The version is written with the last slice only, so until then the index
 * is incomplete and search says so (coverage). Entries written meanwhile are indexed by their
 * own write, as always; a slice that reaches them writes the same row again.
 */
export function keepSearchIndexCurrent(
  db: Db,
  meta: MetaRepository,
  entries: EntriesRepository,
  index: SearchRepository,
  jobs: JobRunner,
  slice = REBUILD_SLICE,
): SearchIndexUpkeep {
  if (meta.get(VERSION_KEY) === SEARCH_INDEX_VERSION) return CURRENT;
  const finish = () => {
    meta.set(VERSION_KEY, SEARCH_INDEX_VERSION);
    meta.delete(PROGRESS_KEY);
  };
  const seqs = entries.allSeqs();
  const resumeAfter = resumePoint(meta);
  if (seqs.length === 0) {
    db.transaction(() => {
      index.clear();
      finish();
    })();
    return CURRENT;
  }
  const todo = resumeAfter === undefined ? seqs : seqs.filter((seq) => seq > resumeAfter);
  const state = { indexed: seqs.length - todo.length, total: seqs.length, complete: false, rebuilding: true };
  const rebuild = async (signal: AbortSignal, progress: ReportProgress) => {
    progress(state.indexed, state.total, 'items');
    if (resumeAfter === undefined) {
      db.transaction(() => {
        index.clear();
        meta.set(PROGRESS_KEY, `${SEARCH_INDEX_VERSION}:0`);
      })();
    }
    if (todo.length === 0) db.transaction(finish)();
    for (let start = 0; start < todo.length; start += slice) {
      await nextSlice(signal);
      const part = todo.slice(start, start + slice);
      const last = start + slice >= todo.length;
      db.transaction(() => {
        for (const { seq, entry } of entries.findManyBySeq(part)) index.put(seq, indexedText(entry));
        if (last) finish();
        else meta.set(PROGRESS_KEY, `${SEARCH_INDEX_VERSION}:${part[part.length - 1] ?? 0}`);
      })();
      state.indexed += part.length;
      progress(state.indexed, state.total);
    }
    state.complete = true;
  };
  jobs.start('search-index', (signal, progress) => rebuild(signal, progress).finally(() => (state.rebuilding = false)));
  return { coverage: () => (state.complete ? undefined : { indexed: state.indexed, total: state.total, rebuilding: state.rebuilding }) };
}
