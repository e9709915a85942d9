import type { Db } from '../driver';

/** An audit_log row as the chain hashes it (the rules live in audit/audit-log.ts and audit/audit-hash.ts). */
export interface AuditRow {
  readonly seq: number;
  readonly at: string;
  readonly action: string;
  readonly subjectId: string | null;
  /** Canonical JSON text, exactly as hashed. */
  readonly detail: string;
  readonly prevHash: string;
  readonly hash: string;
}

interface SqlRow {
  seq: number;
  at: string;
  action: string;
  subject_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

const asRow = (row: SqlRow): AuditRow => ({
  seq: row.seq,
  at: row.at,
  action: row.action,
  subjectId: row.subject_id,
  detail: row.detail,
  prevHash: row.prev_hash,
  hash: row.hash,
});

/** The audit_log table, appended to and read; nothing here updates or deletes a row. */
export class AuditRepository {
  private readonly insertRow;
  private readonly maxSeq;
  private readonly countAll;
  private readonly countAction;
  private readonly page;
  private readonly pageAction;
  private readonly after;
  private readonly seqOfHash;

  constructor(db: Db) {
    this.insertRow = db.prepare('INSERT INTO audit_log (seq, at, action, subject_id, detail, prev_hash, hash) VALUES (@seq, @at, @action, @subjectId, @detail, @prevHash, @hash)');
    this.maxSeq = db.prepare<[], number>('SELECT coalesce(max(seq), 0) FROM audit_log').pluck();
    this.countAll = db.prepare<[], number>('SELECT count(*) FROM audit_log').pluck();
    this.countAction = db.prepare<[string], number>('SELECT count(*) FROM audit_log WHERE action = ?').pluck();
    this.page = db.prepare<[number, number], SqlRow>('SELECT * FROM audit_log ORDER BY seq DESC LIMIT ? OFFSET ?');
    this.pageAction = db.prepare<[string, number, number], SqlRow>('SELECT * FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT ? OFFSET ?');
    this.after = db.prepare<[number, number], SqlRow>('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?');
    this.seqOfHash = db.prepare<[string], number>('SELECT seq FROM audit_log WHERE hash = ? LIMIT 1').pluck();
  }

  insert(row: AuditRow): void {
    this.insertRow.run(row);
  }

  lastSeq(): number {
    return this.maxSeq.get() ?? 0;
  }

  count(action?: string): number {
    return (action === undefined ? this.countAll.get() : this.countAction.get(action)) ?? 0;
  }

  /** Newest first. */
  newest(limit: number, offset: number, action?: string): AuditRow[] {
    return (action === undefined ? this.page.all(limit, offset) : this.pageAction.all(action, limit, offset)).map(asRow);
  }

  /** Oldest first, from the row after `seq`. */
  rowsAfter(seq: number, limit: number): AuditRow[] {
    return this.after.all(seq, limit).map(asRow);
  }

  /** The seq of a row holding this hash, if any: where a moved row went. */
  seqWithHash(hash: string): number | undefined {
    return this.seqOfHash.get(hash);
  }
}
