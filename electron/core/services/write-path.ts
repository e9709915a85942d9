import type { AuditRecordInput } from '../../../shared/domain/audit-vocabulary';
import type { Db } from '../db/driver';

/** Where a write's audit records go: the vault's hash-chained log (audit/audit-log.ts). */
export interface AuditSink {
  /** Appends inside the caller's transaction. */
  append(record: AuditRecordInput): void;
}

export type Audit = (record: AuditRecordInput) => void;

/**
 * The one way a service changes the notebook: the work and the audit records it names commit
 * in one transaction or not at all, so the log can never miss a change nor record one that
 * did not happen. Nested calls join the outer transaction (better-sqlite3 savepoints).
 */
export class WritePath {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditSink,
  ) {}

  run<T>(work: (audit: Audit) => T): T {
    return this.db.transaction(() => work((record) => this.audit.append(record)))();
  }
}
