import type { AuditRecordInput } from '../../../shared/domain/audit-vocabulary';
import type { Db } from '../db/driver';

/** Where a write's audit records go: the vault's hash-chained log (audit/audit-log.ts). */
export interface AuditSink {
  /** Appends the records, chained in this order, inside the caller's transaction. */
  appendAll(records: readonly AuditRecordInput[]): void;
}

export type Audit = (record: AuditRecordInput) => void;

/**
 * The one way a service changes the notebook: the work and the audit records it names commit
 * in one transaction or not at all, so the log can never miss a change nor record one that
 * did not happen. Nested calls join the outer transaction (better-sqlite3 savepoints) and its
 * records. The records are gathered and appended as the work ends, still inside the
 * transaction: the chain head is then read and written once per transaction, not once per
 * record (an import of a thousand entries writes a thousand records).
 */
export class WritePath {
  /** The records of the outermost run in progress; null between runs. */
  private pending: AuditRecordInput[] | null = null;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditSink,
  ) {}

  private readonly record: Audit = (record) => {
    if (this.pending === null) throw new Error('An audit record is appended inside the write path (services/write-path.ts).');
    this.pending.push(record);
  };

  run<T>(work: (audit: Audit) => T): T {
    const outer = this.pending;
    if (outer !== null) {
      // A nested run that fails is rolled back to its savepoint: so are the records it gave.
      const mark = outer.length;
      try {
        return this.db.transaction(() => work(this.record))();
      } catch (error) {
        outer.length = mark;
        throw error;
      }
    }
    const pending: AuditRecordInput[] = [];
    this.pending = pending;
    try {
      return this.db.transaction(() => {
        const result = work(this.record);
        this.audit.appendAll(pending);
        return result;
      })();
    } finally {
      this.pending = null;
    }
  }
}
