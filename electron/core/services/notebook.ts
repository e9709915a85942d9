import { dirname } from 'node:path';
import type { EntryKind } from '../../../shared/domain/entries';
import { AppError } from '../../../shared/errors';
import { openAudit, type AuditTrail } from '../audit/audit-trail';
import type { AuditVerdict } from '../audit/audit-verify';
import type { Db } from '../db/driver';
import { integrityCheck } from '../db/integrity';
import { schemaVersion } from '../db/migrate';
import { DraftsRepository } from '../db/repositories/drafts-repository';
import { EntriesRepository } from '../db/repositories/entries-repository';
import { EntryEventsRepository } from '../db/repositories/entry-events-repository';
import { PeopleRepository } from '../db/repositories/people-repository';
import { MetaRepository } from '../db/repositories/meta-repository';
import { SearchRepository } from '../db/repositories/search-repository';
import type { JobRunner } from '../jobs/job-runner';
import { forgetLastRegExpMatch } from '../search/forget-last-match';
import { vaultLayout } from '../vault/layout';
import type { Subkeys } from '../vault/subkeys';
import { AttachmentsService } from './attachments-service';
import { AgendaService } from './agenda-service';
import { ConsentService } from './consent-service';
import { DraftsService } from './drafts-service';
import { EntriesService } from './entries-service';
import { NotebookViewService } from './notebook-view-service';
import { PeopleService } from './people-service';
import { keepSearchIndexCurrent } from './search-index-upkeep';
import { COUNT_AHEAD, SearchService } from './search-service';
import type { WritePath } from './write-path';

export interface NotebookCheck {
  schemaVersion: number;
  /** ['ok'] when SQLite finds nothing wrong, otherwise its findings. */
  integrity: string[];
  counts: Record<EntryKind, number>;
  /** The audit log's hash chain: whole, or its first broken link. */
  audit: AuditVerdict;
}

/** The services of one open (unlocked) vault database. */
export interface Notebook {
  entries: EntriesService;
  /** People and organisations behind pseudonyms; the real name only through people.reveal(). */
  people: PeopleService;
  /** The consent ledger and the do-no-harm gate: consent.covers(personId, scope, at). */
  consent: ConsentService;
  drafts: DraftsService;
  /** Upcoming (what comes due, overdue first) and the civic-space view per country and period. */
  agenda: AgendaService;
  /** Files attached to entries, encrypted beside the database (attachments-service.ts). */
  attachments: AttachmentsService;
  search: SearchService;
  view: NotebookViewService;
  audit: AuditTrail;
  /** Every change goes through it: the change and its audit records commit together. */
  writes: WritePath;
  /** Derived from the data key at unlock; wiped by close(). */
  keys: Subkeys;
  check(): NotebookCheck;
  close(): void;
}

const VAULT_ID_KEY = 'vault_id';

/**
 * The database records the id of the vault it belongs to (written at its first unlock) and
 * must match the header's: a database put in another vault's folder is refused, not adopted.
 */
function bindToVault(meta: MetaRepository, vaultId: string): void {
  const recorded = meta.get(VAULT_ID_KEY);
  if (recorded === undefined) meta.set(VAULT_ID_KEY, vaultId);
  else if (recorded !== vaultId) {
    throw new AppError('VAULT_CORRUPT', 'The notebook database belongs to another vault than its header: the vault folder was mixed up. Restore it from a backup.');
  }
}

/** The services of an unlocked vault's database; throws (and leaves closing to the caller) if the database is not this vault's. */
export function openNotebook(db: Db, now: () => Date, vaultId: string, keys: Subkeys, jobs: JobRunner): Notebook {
  const entriesRepo = new EntriesRepository(db);
  const searchRepo = new SearchRepository(db);
  const draftsRepo = new DraftsRepository(db);
  const meta = new MetaRepository(db);
  bindToVault(meta, vaultId);
  const upkeep = keepSearchIndexCurrent(db, meta, entriesRepo, searchRepo, jobs);
  const { trail, writes } = openAudit(db, meta, now);
  const peopleRepo = new PeopleRepository(db);
  const entries = new EntriesService(db, writes, entriesRepo, searchRepo, now, draftsRepo, new EntryEventsRepository(db), peopleRepo);
  const people = new PeopleService(writes, peopleRepo, now);
  // The database's own folder is the vault's: its attachments/ sit beside it.
  const attachments = new AttachmentsService(db, writes, (id) => void entries.get(id), keys, vaultId, vaultLayout(dirname(db.name)).attachments, now);
  entries.addDependents(attachments);
  return {
    entries,
    people,
    consent: new ConsentService(entries, people, now),
    drafts: new DraftsService(draftsRepo, now),
    agenda: new AgendaService(entriesRepo, entries, now),
    attachments,
    search: new SearchService(searchRepo, entriesRepo, COUNT_AHEAD, upkeep.coverage),
    view: new NotebookViewService(meta),
    audit: trail,
    writes,
    keys,
    check: () => ({
      schemaVersion: schemaVersion(db),
      integrity: integrityCheck(db),
      counts: entriesRepo.countByKind(),
      audit: trail.verify(),
    }),
    close: () => {
      try {
        attachments.closeAll();
        db.close();
      } finally {
        keys.wipe();
        forgetLastRegExpMatch();
      }
    },
  };
}
