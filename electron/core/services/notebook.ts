import type { EntryKind } from '../../../shared/domain/entries';
import type { Db } from '../db/driver';
import { integrityCheck } from '../db/integrity';
import { schemaVersion } from '../db/migrate';
import { DraftsRepository } from '../db/repositories/drafts-repository';
import { EntriesRepository } from '../db/repositories/entries-repository';
import { MetaRepository } from '../db/repositories/meta-repository';
import { SearchRepository } from '../db/repositories/search-repository';
import { DraftsService } from './drafts-service';
import { EntriesService } from './entries-service';
import { keepSearchIndexCurrent } from './search-index-upkeep';
import { SearchService } from './search-service';

export interface NotebookCheck {
  schemaVersion: number;
  /** ['ok'] when SQLite finds nothing wrong, otherwise its findings. */
  integrity: string[];
  counts: Record<EntryKind, number>;
}

/** The services of one open (unlocked) vault database. */
export interface Notebook {
  entries: EntriesService;
  drafts: DraftsService;
  search: SearchService;
  check(): NotebookCheck;
  close(): void;
}

export function openNotebook(db: Db, now: () => Date): Notebook {
  const entriesRepo = new EntriesRepository(db);
  const searchRepo = new SearchRepository(db);
  const draftsRepo = new DraftsRepository(db);
  keepSearchIndexCurrent(db, new MetaRepository(db), entriesRepo, searchRepo);
  return {
    entries: new EntriesService(db, entriesRepo, searchRepo, now, draftsRepo),
    drafts: new DraftsService(draftsRepo, now),
    search: new SearchService(searchRepo, entriesRepo),
    check: () => ({
      schemaVersion: schemaVersion(db),
      integrity: integrityCheck(db),
      counts: entriesRepo.countByKind(),
    }),
    close: () => db.close(),
  };
}
