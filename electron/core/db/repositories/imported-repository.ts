import type { Db } from '../driver';

/**
 * Headquarters' imported bundles (imported_bundles, imported_entries, imported_attachments,
 * imported_people): rows in, shapes out. The rules (the bundle id as the key, replays, what
 * is kept of a person) are the import store's; this file holds only the SQL.
 */
export interface NewImportedBundle {
  readonly bundleId: string;
  readonly officerKeyId: string;
  readonly officerFingerprint: string;
  readonly sequence: number;
  readonly createdAt: string;
  readonly importedAt: string;
}

/** A stored bundle with what is counted and judged of it. */
export interface ImportedBundleRow extends NewImportedBundle {
  readonly entries: number;
  readonly replayed: boolean;
}

/** An entry file as the officer signed it (`entries/<id>.json`: { entry, revisions, attachments }). */
export interface ImportedEntryFileRow {
  readonly name: string;
  readonly data: string;
}

/** An attachment a bundle carried, as stored here under `fileId` (the id the app protocol serves). */
export interface ImportedAttachmentRow {
  readonly fileId: string;
  readonly entryId: string;
  readonly attachmentId: string;
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** A person a bundle referenced: a real name only where the bundle carried one. */
export interface ImportedPersonRow {
  readonly personId: string;
  readonly pseudonym: string;
  readonly realName?: string;
}

const ATTACHMENT_COLUMNS = 'file_id AS fileId, entry_id AS entryId, attachment_id AS attachmentId, name, media_type AS mediaType, bytes, sha256';

const BUNDLE_COLUMNS = `b.bundle_id AS bundleId, b.officer_key_id AS officerKeyId, b.officer_fingerprint AS officerFingerprint, b.sequence, b.created_at AS createdAt, b.imported_at AS importedAt,
  (SELECT count(*) FROM imported_entries e WHERE e.bundle_id = b.bundle_id) AS entries,
  EXISTS (SELECT 1 FROM imported_bundles o WHERE o.officer_fingerprint = b.officer_fingerprint AND o.sequence = b.sequence AND o.bundle_id <> b.bundle_id) AS replayed`;

type BundleSqlRow = Omit<ImportedBundleRow, 'replayed'> & { replayed: number };
const bundleRow = ({ replayed, ...row }: BundleSqlRow): ImportedBundleRow => ({ ...row, replayed: replayed === 1 });

type EntrySqlRow = { id: string; data: string };
const fileRow = ({ id, data }: EntrySqlRow): ImportedEntryFileRow => ({ name: `entries/${id}.json`, data });

type PersonSqlRow = { personId: string; pseudonym: string; realName: string | null };
const personRow = ({ realName, ...row }: PersonSqlRow): ImportedPersonRow => ({ ...row, ...(realName === null ? {} : { realName }) });

export class ImportedRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      bundleExists: db.prepare('SELECT 1 FROM imported_bundles WHERE bundle_id = ?'),
      sequenceArrived: db.prepare('SELECT 1 FROM imported_bundles WHERE officer_fingerprint = ? AND sequence = ?'),
      insertBundle: db.prepare(`INSERT INTO imported_bundles (bundle_id, officer_key_id, officer_fingerprint, sequence, created_at, imported_at)
        VALUES (@bundleId, @officerKeyId, @officerFingerprint, @sequence, @createdAt, @importedAt)`),
      insertEntry: db.prepare('INSERT INTO imported_entries (bundle_id, entry_id, data) VALUES (?, ?, ?)'),
      insertAttachment: db.prepare(`INSERT INTO imported_attachments (file_id, bundle_id, entry_id, attachment_id, name, media_type, bytes, sha256)
        VALUES (@fileId, @bundleId, @entryId, @attachmentId, @name, @mediaType, @bytes, @sha256)`),
      insertPerson: db.prepare('INSERT INTO imported_people (bundle_id, person_id, pseudonym, real_name) VALUES (?, ?, ?, ?)'),
      arrivals: db.prepare('SELECT officer_fingerprint AS fingerprint, officer_key_id AS keyId, sequence FROM imported_bundles ORDER BY officer_fingerprint, sequence'),
      bundles: db.prepare(`SELECT ${BUNDLE_COLUMNS} FROM imported_bundles b ORDER BY b.imported_at DESC, b.rowid DESC`),
      bundle: db.prepare(`SELECT ${BUNDLE_COLUMNS} FROM imported_bundles b WHERE b.bundle_id = ?`),
      entries: db.prepare('SELECT entry_id AS id, data FROM imported_entries WHERE bundle_id = ? ORDER BY entry_id'),
      entry: db.prepare('SELECT entry_id AS id, data FROM imported_entries WHERE bundle_id = ? AND entry_id = ?'),
      bundleOfEntry: db.prepare('SELECT bundle_id FROM imported_entries WHERE entry_id = ? LIMIT 1').pluck(),
      attachments: db.prepare(`SELECT ${ATTACHMENT_COLUMNS} FROM imported_attachments WHERE bundle_id = ? AND entry_id = ? ORDER BY name, file_id`),
      attachment: db.prepare(`SELECT ${ATTACHMENT_COLUMNS} FROM imported_attachments WHERE file_id = ?`),
      fileIds: db.prepare<[], string>('SELECT file_id FROM imported_attachments').pluck(),
      person: db.prepare('SELECT person_id AS personId, pseudonym, real_name AS realName FROM imported_people WHERE bundle_id = ? AND person_id = ?'),
    };
  }

  has(bundleId: string): boolean {
    return this.statements.bundleExists.get(bundleId) !== undefined;
  }

  /** This officer's number already arrived (under any bundle id). */
  sequenceArrived(officerFingerprint: string, sequence: number): boolean {
    return this.statements.sequenceArrived.get(officerFingerprint, sequence) !== undefined;
  }

  insertBundle(bundle: NewImportedBundle): void {
    this.statements.insertBundle.run(bundle);
  }

  insertEntry(bundleId: string, entryId: string, data: string): void {
    this.statements.insertEntry.run(bundleId, entryId, data);
  }

  insertAttachment(bundleId: string, attachment: ImportedAttachmentRow): void {
    this.statements.insertAttachment.run({ ...attachment, bundleId });
  }

  insertPerson(bundleId: string, person: ImportedPersonRow): void {
    this.statements.insertPerson.run(bundleId, person.personId, person.pseudonym, person.realName ?? null);
  }

  /** Each imported bundle's officer and number, by officer then number. */
  arrivals(): { fingerprint: string; keyId: string; sequence: number }[] {
    return this.statements.arrivals.all() as { fingerprint: string; keyId: string; sequence: number }[];
  }

  /** Every imported bundle, the latest import first. */
  bundles(): ImportedBundleRow[] {
    return (this.statements.bundles.all() as BundleSqlRow[]).map(bundleRow);
  }

  bundle(bundleId: string): ImportedBundleRow | undefined {
    const row = this.statements.bundle.get(bundleId) as BundleSqlRow | undefined;
    return row && bundleRow(row);
  }

  /** A bundle's entry files, in the order of their ids. */
  entryFiles(bundleId: string): ImportedEntryFileRow[] {
    return (this.statements.entries.all(bundleId) as EntrySqlRow[]).map(fileRow);
  }

  entryFile(bundleId: string, entryId: string): ImportedEntryFileRow | undefined {
    const row = this.statements.entry.get(bundleId, entryId) as EntrySqlRow | undefined;
    return row && fileRow(row);
  }

  /** The bundle an entry id came in, if it came in one. */
  bundleOfEntry(entryId: string): string | undefined {
    return this.statements.bundleOfEntry.get(entryId) as string | undefined;
  }

  attachments(bundleId: string, entryId: string): ImportedAttachmentRow[] {
    return this.statements.attachments.all(bundleId, entryId) as ImportedAttachmentRow[];
  }

  attachment(fileId: string): ImportedAttachmentRow | undefined {
    return this.statements.attachment.get(fileId) as ImportedAttachmentRow | undefined;
  }

  fileIdList(): string[] {
    return this.statements.fileIds.all();
  }

  person(bundleId: string, personId: string): ImportedPersonRow | undefined {
    const row = this.statements.person.get(bundleId, personId) as PersonSqlRow | undefined;
    return row && personRow(row);
  }
}
