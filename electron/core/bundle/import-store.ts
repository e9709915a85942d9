import { Readable } from 'node:stream';
import type { AttachmentOrphans } from '../../../shared/domain/attachments';
import { AppError } from '../../../shared/errors';
import { isAttachmentId, removeAttachmentFile, writeAttachment, type AttachmentReader } from '../attachments';
import { orphansIn } from '../attachments/folder';
import { OpenReaders } from '../attachments/open-readers';
import type { Db } from '../db/driver';
import { ImportedRepository, type ImportedAttachmentRow, type ImportedBundleRow, type ImportedEntryFileRow, type ImportedPersonRow } from '../db/repositories/imported-repository';
import { vaultLayout } from '../vault/layout';
import type { ForeignEntries } from '../services/entries-service';
import { arrivalsByOfficer, type OfficerArrivals } from './arrivals';
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

export type { ImportedAttachmentRow, ImportedBundleRow, ImportedEntryFileRow, ImportedPersonRow };

/** Where imported attachments are kept: a folder of their own, so the notebook's orphan check never sees them. */
export interface ImportedFiles {
  readonly vaultDir: string;
  readonly vaultId: string;
  /** The vault's attachments subkey; used, never kept. */
  readonly subkey: () => Buffer;
}

export interface ImportCarried {
  readonly attachments: readonly ImportedAttachmentRow[];
  readonly people: readonly ImportedPersonRow[];
}

export class ImportStore implements ForeignEntries {
  private readonly readers = new OpenReaders();
  private readonly rows: ImportedRepository;

  constructor(
    db: Db,
    private readonly now: () => Date,
    private readonly files: ImportedFiles,
  ) {
    this.rows = new ImportedRepository(db);
  }

  private get attachmentsDir(): string {
    return vaultLayout(this.files.vaultDir).importedAttachments;
  }

  has(bundleId: string): boolean {
    return this.rows.has(bundleId);
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

  /** What an import cut short by a crash left in attachments/imported (files no row names), and rows whose file is gone. */
  orphans(): AttachmentOrphans {
    return orphansIn(this.attachmentsDir, this.rows.fileIdList());
  }

  async removeAttachmentFiles(fileIds: readonly string[]): Promise<void> {
    for (const fileId of fileIds) await removeAttachmentFile(this.attachmentsDir, fileId);
  }

  /** `run` wraps the write (the notebook's write path, which audits it in the same transaction). */
  import(opened: OpenedBundle, carried: ImportCarried, run: (write: () => ImportOutcome) => ImportOutcome): ImportOutcome {
    const { manifest } = opened;
    const entryFiles = [...opened.small].filter(([name]) => /^entries\/[^/]+\.json$/.test(name));
    return run(() => {
      const bundleId = manifest.bundleId;
      if (this.rows.has(bundleId)) return { imported: false, entries: 0, sequence: manifest.sequence, replayed: false };
      const replayed = this.rows.sequenceArrived(manifest.officer.fingerprint, manifest.sequence);
      const { keyId: officerKeyId, fingerprint: officerFingerprint } = manifest.officer;
      this.rows.insertBundle({ bundleId, officerKeyId, officerFingerprint, sequence: manifest.sequence, createdAt: manifest.createdAt, importedAt: this.now().toISOString() });
      for (const [name, bytes] of entryFiles) this.rows.insertEntry(bundleId, name.slice('entries/'.length, -'.json'.length), bytes.toString('utf8'));
      for (const a of carried.attachments) this.rows.insertAttachment(bundleId, a);
      for (const p of carried.people) this.rows.insertPerson(bundleId, p);
      return { imported: true, entries: entryFiles.length, sequence: manifest.sequence, replayed };
    });
  }

  arrivals(): OfficerArrivals[] {
    return arrivalsByOfficer(this.rows.arrivals());
  }

  /** Every imported bundle, the latest import first. */
  list(): ImportedBundleRow[] {
    return this.rows.bundles();
  }

  /** The entry files a bundle carried, in the order of their ids. */
  entries(bundleId: string): ImportedEntryFileRow[] {
    this.bundle(bundleId);
    return this.rows.entryFiles(bundleId);
  }

  entry(bundleId: string, entryId: string): ImportedEntryFileRow & { bundle: ImportedBundleRow } {
    const bundle = this.bundle(bundleId);
    const file = this.rows.entryFile(bundleId, entryId);
    if (!file) throw new AppError('NOT_FOUND', 'That bundle carried no entry with this id.');
    return { bundle, ...file };
  }

  /** The attachments an imported entry carried. */
  attachments(bundleId: string, entryId: string): ImportedAttachmentRow[] {
    return this.rows.attachments(bundleId, entryId);
  }

  /** The people of a bundle among `personIds`, in that order; a name only where the bundle carried one. */
  people(bundleId: string, personIds: readonly string[]): ImportedPersonRow[] {
    return personIds.flatMap((id) => this.rows.person(bundleId, id) ?? []);
  }

  /** An imported attachment for range reads (served read-only: nothing here removes or changes one). */
  async openAttachment(fileId: string): Promise<{ attachment: ImportedAttachmentRow; reader: AttachmentReader }> {
    const attachment = isAttachmentId(fileId) ? this.rows.attachment(fileId) : undefined;
    if (!attachment) throw new AppError('NOT_FOUND', 'There is no such imported attachment.');
    const reader = await this.readers.open({ attachmentsDir: this.attachmentsDir, attachmentId: fileId, vaultId: this.files.vaultId, subkey: this.files.subkey(), expectedBytes: attachment.bytes });
    return { attachment, reader };
  }

  /** At lock: every open reader wipes its file key and closes. */
  closeAll(): void {
    this.readers.closeAll();
  }

  /** For the notebook, which refuses every write to an entry that came in a bundle. */
  readOnlyReason(entryId: string): string | undefined {
    const bundleId = this.rows.bundleOfEntry(entryId);
    if (bundleId === undefined) return undefined;
    const bundle = this.bundle(bundleId);
    return `This entry came in bundle ${bundle.bundleId} (sequence ${bundle.sequence}), signed by officer key ${bundle.officerKeyId}: imported entries are read-only.`;
  }

  private bundle(bundleId: string): ImportedBundleRow {
    const bundle = this.rows.bundle(bundleId);
    if (!bundle) throw new AppError('NOT_FOUND', 'No bundle with that id was imported.');
    return bundle;
  }
}
