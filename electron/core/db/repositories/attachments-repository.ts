import { attachmentMetadataSchema, type Attachment } from '../../../../shared/domain/attachments';
import type { Db } from '../driver';

interface Row {
  id: string;
  entry_id: string;
  name: string;
  media_type: string;
  bytes: number;
  sha256: string;
  created_at: string;
  metadata: string;
  stripped: number;
  removed_at: string | null;
}

function toAttachment(row: Row): Attachment {
  return {
    id: row.id,
    entryId: row.entry_id,
    name: row.name,
    mediaType: row.media_type,
    bytes: row.bytes,
    sha256: row.sha256,
    createdAt: row.created_at,
    metadata: attachmentMetadataSchema.parse(JSON.parse(row.metadata)),
    stripped: row.stripped === 1,
    removedAt: row.removed_at,
  };
}

/** Rows of files attached to entries (attachments); a removed one keeps its row, marked, for the entry's history. */
export class AttachmentsRepository {
  private readonly insertRow;
  private readonly byId;
  private readonly byEntry;
  private readonly markRemoved;
  private readonly liveIds;

  constructor(db: Db) {
    this.insertRow = db.prepare(`INSERT INTO attachments (id, entry_id, name, media_type, bytes, sha256, created_at, metadata, stripped)
      VALUES (@id, @entryId, @name, @mediaType, @bytes, @sha256, @createdAt, @metadata, @stripped)`);
    this.byId = db.prepare<[string], Row>('SELECT * FROM attachments WHERE id = ?');
    this.byEntry = db.prepare<[string], Row>('SELECT * FROM attachments WHERE entry_id = ? ORDER BY created_at, id');
    this.markRemoved = db.prepare('UPDATE attachments SET removed_at = ? WHERE id = ? AND removed_at IS NULL');
    this.liveIds = db.prepare<[], string>('SELECT id FROM attachments WHERE removed_at IS NULL').pluck();
  }

  insert(attachment: Attachment): void {
    this.insertRow.run({
      id: attachment.id,
      entryId: attachment.entryId,
      name: attachment.name,
      mediaType: attachment.mediaType,
      bytes: attachment.bytes,
      sha256: attachment.sha256,
      createdAt: attachment.createdAt,
      metadata: JSON.stringify(attachment.metadata),
      stripped: attachment.stripped ? 1 : 0,
    });
  }

  get(id: string): Attachment | undefined {
    const row = this.byId.get(id);
    return row && toAttachment(row);
  }

  /** Oldest first, removed ones included. */
  forEntry(entryId: string): Attachment[] {
    return this.byEntry.all(entryId).map(toAttachment);
  }

  markRemovedAt(id: string, at: string): void {
    this.markRemoved.run(at, id);
  }

  liveIdList(): string[] {
    return this.liveIds.all();
  }
}
