import { Readable } from 'node:stream';
import { AppError } from '../../../shared/errors';
import { AttachmentReader, isAttachmentId, removeAttachmentFile, writeAttachment } from '../attachments';
import type { Db } from '../db/driver';
import { vaultLayout } from '../vault/layout';
import type { ForeignEntries } from '../services/entries-service';
import { arrivalsByOfficer, type ArrivalRow, type OfficerArrivals } from './arrivals';
import type { OpenedBundle } from './bundle-reader';

/**
 * Headquarters mode: a verified bundle's entries into the vault, apart from the notebook's own
 * and never edited, each marked with its bundle and signer. The bundle id is the key: the same
 * bundle imported twice changes nothing. Per officer key (by its fingerprint, which the reader
 * checked against the key that signed), the sequence numbers that arrived show which are
 * missing, and a number arriving again under another bundle id is a replay.
 */
export interface ImportOutcome {
  readonly imported: boolean;
  readonly entries: number;
  readonly sequence: number;
  readonly replayed: boolean;
}

export interface ImportedBundleRow {
  readonly bundleId: string;
  readonly officerKeyId: string;
  readonly officerFingerprint: string;
  readonly sequence: number;
  readonly createdAt: string;
  readonly importedAt: string;
  readonly entries: number;
  readonly replayed: boolean;
}

/** An entry file as the officer signed it (`entries/<id>.json`: { entry, revisions, attachments }). */
export interface ImportedEntryFileRow {
  readonly name: string;
  readonly data: string;
}

/** Where imported attachments are kept: a folder of their own, so the notebook's orphan check never sees them. */
export interface ImportedFiles {
  readonly vaultDir: string;
  readonly vaultId: string;
  /** The vault's attachments subkey; used, never kept. */
  readonly subkey: () => Buffer;
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

export interface ImportCarried {
  readonly attachments: readonly ImportedAttachmentRow[];
  readonly people: readonly ImportedPersonRow[];
}

const ATTACHMENT_COLUMNS = 'file_id AS fileId, entry_id AS entryId, attachment_id AS attachmentId, name, media_type AS mediaType, bytes, sha256';

const BUNDLE_COLUMNS = `b.bundle_id AS bundleId, b.officer_key_id AS officerKeyId, b.officer_fingerprint AS officerFingerprint, b.sequence, b.created_at AS createdAt, b.imported_at AS importedAt,
  (SELECT count(*) FROM imported_entries e WHERE e.bundle_id = b.bundle_id) AS entries,
  EXISTS (SELECT 1 FROM imported_bundles o WHERE o.officer_fingerprint = b.officer_fingerprint AND o.sequence = b.sequence AND o.bundle_id <> b.bundle_id) AS replayed`;

type BundleSqlRow = Omit<ImportedBundleRow, 'replayed'> & { replayed: number };
const bundleRow = ({ replayed, ...row }: BundleSqlRow): ImportedBundleRow => ({ ...row, replayed: replayed === 1 });

const fileRow = ({ id, data }: { id: string; data: string }): ImportedEntryFileRow => ({ name: `entries/${id}.json`, data });

export class ImportStore implements ForeignEntries {
  private readonly readers = new Set<AttachmentReader>();

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly files: ImportedFiles,
  ) {}

  private get attachmentsDir(): string {
    return vaultLayout(this.files.vaultDir).importedAttachments;
  }

  has(bundleId: string): boolean {
    return this.db.prepare('SELECT 1 FROM imported_bundles WHERE bundle_id = ?').get(bundleId) !== undefined;
  }

  /**
   * Encrypts an attachment as it streams out of the bundle (plaintext never touches the disk);
   * its row is written by `import`, or the file removed by the caller.
   */
  async writeAttachment(content: AsyncIterable<Buffer>, bytes: number, signal?: AbortSignal): Promise<{ fileId: string; sha256: string }> {
    const source = Readable.from(content, { objectMode: false });
    const written = await writeAttachment({ attachmentsDir: this.attachmentsDir, vaultId: this.files.vaultId, subkey: this.files.subkey(), source, expectedBytes: bytes, signal });
    return { fileId: written.attachmentId, sha256: written.sha256 };
  }

  async removeAttachmentFiles(fileIds: readonly string[]): Promise<void> {
    for (const fileId of fileIds) await removeAttachmentFile(this.attachmentsDir, fileId);
  }

  /** `run` wraps the write (the notebook's write path, which audits it in the same transaction). */
  import(opened: OpenedBundle, carried: ImportCarried, run: (write: () => ImportOutcome) => ImportOutcome): ImportOutcome {
    const { manifest } = opened;
    const entryFiles = [...opened.small].filter(([name]) => /^entries\/[^/]+\.json$/.test(name));
    return run(() => {
      const seen = this.db.prepare('SELECT 1 FROM imported_bundles WHERE bundle_id = ?').get(manifest.bundleId);
      const replayed = !seen && this.db.prepare('SELECT 1 FROM imported_bundles WHERE officer_fingerprint = ? AND sequence = ?').get(manifest.officer.fingerprint, manifest.sequence) !== undefined;
      if (seen) return { imported: false, entries: 0, sequence: manifest.sequence, replayed: false };
      this.db
        .prepare('INSERT INTO imported_bundles (bundle_id, officer_key_id, officer_fingerprint, sequence, created_at, imported_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(manifest.bundleId, manifest.officer.keyId, manifest.officer.fingerprint, manifest.sequence, manifest.createdAt, this.now().toISOString());
      const insert = this.db.prepare('INSERT INTO imported_entries (bundle_id, entry_id, data) VALUES (?, ?, ?)');
      for (const [name, bytes] of entryFiles) insert.run(manifest.bundleId, name.slice('entries/'.length, -'.json'.length), bytes.toString('utf8'));
      const attach = this.db.prepare('INSERT INTO imported_attachments (file_id, bundle_id, entry_id, attachment_id, name, media_type, bytes, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      for (const a of carried.attachments) attach.run(a.fileId, manifest.bundleId, a.entryId, a.attachmentId, a.name, a.mediaType, a.bytes, a.sha256);
      const person = this.db.prepare('INSERT INTO imported_people (bundle_id, person_id, pseudonym, real_name) VALUES (?, ?, ?, ?)');
      for (const p of carried.people) person.run(manifest.bundleId, p.personId, p.pseudonym, p.realName ?? null);
      return { imported: true, entries: entryFiles.length, sequence: manifest.sequence, replayed };
    });
  }

  arrivals(): OfficerArrivals[] {
    const rows = this.db
      .prepare('SELECT officer_fingerprint AS fingerprint, officer_key_id AS keyId, sequence FROM imported_bundles ORDER BY officer_fingerprint, sequence')
      .all() as ArrivalRow[];
    return arrivalsByOfficer(rows);
  }

  /** Every imported bundle, the latest import first. */
  list(): ImportedBundleRow[] {
    return (this.db.prepare(`SELECT ${BUNDLE_COLUMNS} FROM imported_bundles b ORDER BY b.imported_at DESC, b.rowid DESC`).all() as BundleSqlRow[]).map(bundleRow);
  }

  /** The entry files a bundle carried, in the order of their ids. */
  entries(bundleId: string): ImportedEntryFileRow[] {
    this.bundle(bundleId);
    return (this.db.prepare('SELECT entry_id AS id, data FROM imported_entries WHERE bundle_id = ? ORDER BY entry_id').all(bundleId) as { id: string; data: string }[]).map(fileRow);
  }

  entry(bundleId: string, entryId: string): ImportedEntryFileRow & { bundle: ImportedBundleRow } {
    const bundle = this.bundle(bundleId);
    const row = this.db.prepare('SELECT entry_id AS id, data FROM imported_entries WHERE bundle_id = ? AND entry_id = ?').get(bundleId, entryId) as { id: string; data: string } | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'That bundle carried no entry with this id.');
    return { bundle, ...fileRow(row) };
  }

  /** The attachments an imported entry carried. */
  attachments(bundleId: string, entryId: string): ImportedAttachmentRow[] {
    return this.db.prepare(`SELECT ${ATTACHMENT_COLUMNS} FROM imported_attachments WHERE bundle_id = ? AND entry_id = ? ORDER BY name, file_id`).all(bundleId, entryId) as ImportedAttachmentRow[];
  }

  /** The people of a bundle among `personIds`, in that order; a name only where the bundle carried one. */
  people(bundleId: string, personIds: readonly string[]): ImportedPersonRow[] {
    const get = this.db.prepare('SELECT person_id AS personId, pseudonym, real_name AS realName FROM imported_people WHERE bundle_id = ? AND person_id = ?');
    return personIds.flatMap((id) => {
      const row = get.get(bundleId, id) as { personId: string; pseudonym: string; realName: string | null } | undefined;
      if (!row) return [];
      return [{ personId: row.personId, pseudonym: row.pseudonym, ...(row.realName === null ? {} : { realName: row.realName }) }];
    });
  }

  /** An imported attachment for range reads (served read-only: nothing here removes or changes one). */
  async openAttachment(fileId: string): Promise<{ attachment: ImportedAttachmentRow; reader: AttachmentReader }> {
    const attachment = isAttachmentId(fileId) ? (this.db.prepare(`SELECT ${ATTACHMENT_COLUMNS} FROM imported_attachments WHERE file_id = ?`).get(fileId) as ImportedAttachmentRow | undefined) : undefined;
    if (!attachment) throw new AppError('NOT_FOUND', 'There is no such imported attachment.');
    const reader = await AttachmentReader.open({ attachmentsDir: this.attachmentsDir, attachmentId: fileId, vaultId: this.files.vaultId, subkey: this.files.subkey(), expectedBytes: attachment.bytes });
    this.readers.add(reader);
    const close = reader.close.bind(reader);
    reader.close = () => {
      this.readers.delete(reader);
      return close();
    };
    return { attachment, reader };
  }

  /** At lock: every open reader wipes its file key and closes. */
  closeAll(): void {
    for (const reader of [...this.readers]) void reader.close();
  }

  /** For the notebook, which refuses every write to an entry that came in a bundle. */
  readOnlyReason(entryId: string): string | undefined {
    const row = this.db.prepare('SELECT bundle_id AS bundleId FROM imported_entries WHERE entry_id = ? LIMIT 1').get(entryId) as { bundleId: string } | undefined;
    if (!row) return undefined;
    const bundle = this.bundle(row.bundleId);
    return `This entry came in bundle ${bundle.bundleId} (sequence ${bundle.sequence}), signed by officer key ${bundle.officerKeyId}: imported entries are read-only.`;
  }

  private bundle(bundleId: string): ImportedBundleRow {
    const row = this.db.prepare(`SELECT ${BUNDLE_COLUMNS} FROM imported_bundles b WHERE b.bundle_id = ?`).get(bundleId) as BundleSqlRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'No bundle with that id was imported.');
    return bundleRow(row);
  }
}
