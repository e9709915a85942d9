import type { AuditRecordInput } from '../../../shared/domain/audit-vocabulary';
import type { Entry, EntryOf, FacetFilter, SummaryFact, WritableKind } from '../../../shared/domain/entries';

/** A short field of an entry, by its name in the entry: search indexes it and a hit names it. */
export interface SearchField {
  field: string;
  text: string;
}

/** A value a list can be filtered by (see entry_facet_keys); 'due:*' facets feed Upcoming. */
export interface Facet {
  facet: string;
  value: string;
}

/** What a kind's checkWrite may read, inside the write's own transaction. */
export interface WriteContext {
  /** The notebook's clock, at the moment of the write. */
  now: Date;
  /** Every entry of a kind carrying a facet value (a person's consents). */
  entriesWith(kind: WritableKind, facet: FacetFilter): Entry[];
  /** Whether People holds a person or organisation with this id. */
  personExists(id: string): boolean;
  /** Whether the notebook holds an entry of this kind with this id (a trial's defender case). */
  entryExists(kind: WritableKind, id: string): boolean;
}

/**
 * Everything the core knows about one kind of entry. The shared parts (the entries row, its
 * revisions, drafts, tags, topics, outlets, search) are generic; a kind brings only this.
 */
export interface KindModule<K extends WritableKind> {
  kind: K;
  /**
   * The table holding the kind's own fields as JSON (entry_seq, data), or null when the kind
   * has none beyond what every entry carries.
   */
  detailsTable: string | null;
  /** Short fields, in the order a search hit lists them when they match. */
  searchFields(entry: EntryOf<K>): SearchField[];
  /** Vocabulary values shown beside the title in lists and hits (never free text). */
  facts(entry: EntryOf<K>): SummaryFact[];
  /** The kind's own filter values: people and cases it refers to, dates it is due. */
  facets(entry: EntryOf<K>): Facet[];
  /**
   * Keys of the kind's fields that hold ids, dates or vocabulary, never officer-written text:
   * a redaction leaves them alone (a passage can only be something the officer wrote).
   */
  fixedKeys: readonly string[];
  /** A rule a new version must keep against the stored one (a withdrawn consent stays withdrawn); throws AppError. */
  checkRevision?(previous: EntryOf<K>, next: EntryOf<K>): void;
  /**
   * Audit records of the kind's own, written in the same transaction as a new version
   * (previous is null on create) whichever path wrote it: app, CLI, import (consent.given).
   */
  auditRecords?(previous: EntryOf<K> | null, next: EntryOf<K>): AuditRecordInput[];
  /**
   * A rule that needs other entries (a case action on the defender's behalf needs a consent),
   * run inside the write's transaction on create and update (previous is null on create):
   * throws AppError to refuse the write, or returns audit records to write with it.
   */
  checkWrite?(previous: EntryOf<K> | null, next: EntryOf<K>, context: WriteContext): AuditRecordInput[];
  /**
   * The entry as a bundle carries it, when the kind's own rules hold something back from
   * headquarters: a speaker who spoke on condition of not being named, a name typed beside a
   * person the bundle may not name. `named` says whether the bundle names a person.
   */
  exportView?(entry: EntryOf<K>, named: (personId: string) => boolean): EntryOf<K>;
  /** False for records that are evidence of the officer's conduct (consent): never deleted. */
  deletable: boolean;
}
