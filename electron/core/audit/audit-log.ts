import { AUDIT_ACTIONS, type AuditAction, type AuditDetail, type AuditRecordInput } from '../../../shared/domain/audit-vocabulary';
import type { AuditPage, AuditRecord } from '../../../shared/domain/audit';
import type { Db } from '../db/driver';
import { AuditRepository } from '../db/repositories/audit-repository';
import type { MetaRepository } from '../db/repositories/meta-repository';
import type { AuditSink } from '../services/write-path';
import { GENESIS_HASH, canonicalDetail, recordHash } from './audit-hash';
import { findFirstBrokenLink, type AuditVerdict, type ChainHead, type StoredRecord } from './audit-verify';

const HEAD_KEY = 'audit_head';
const KNOWN_ACTIONS: ReadonlySet<string> = new Set(AUDIT_ACTIONS);
/** Ids, scopes, kinds, hashes and instants fit; a passage of text does not. */
const MAX_DETAIL_TEXT = 128;
const VERIFY_PAGE = 1_000;

export interface AuditListOptions {
  limit: number;
  offset: number;
  action?: AuditAction | undefined;
}

/**
 * Refuses what does not belong in the log. The message names the key, never the value: the
 * value may be the very name that must not be written down.
 */
function checkRecord(record: AuditRecordInput): void {
  if (!KNOWN_ACTIONS.has(record.action)) throw new Error(`Unknown audit action "${record.action}".`);
  if (record.subjectId !== undefined && (typeof record.subjectId !== 'string' || record.subjectId.length > MAX_DETAIL_TEXT)) {
    throw new Error('An audit subject is an id.');
  }
  for (const [key, value] of Object.entries(record.detail ?? {})) {
    const fits =
      value === null ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isSafeInteger(value)) ||
      (typeof value === 'string' && value.length <= MAX_DETAIL_TEXT);
    if (!fits) throw new Error(`Audit detail "${key}" must be a short string, a whole number, a boolean or null.`);
  }
}

function parseHead(text: string | undefined): ChainHead | null {
  const match = text === undefined ? null : /^(\d+):([0-9a-f]{64})$/.exec(text);
  return match?.[1] && match[2] ? { seq: Number(match[1]), hash: match[2] } : null;
}

function parseDetail(text: string): AuditDetail {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as AuditDetail;
  } catch {
    // An altered row: verify() names it; the list shows it without detail.
  }
  return {};
}

/**
 * The vault's append-only, hash-chained audit log (audit-hash.ts defines the hash). The chain
 * head (last seq and hash) is kept in vault_meta, written with each transaction's records, so
 * that removing the last rows is as visible as removing a middle one; the next record chains
 * from the head, so a removal stays visible after later appends.
 *
 * What it proves: a row altered, removed or moved with SQL, without recomputing every later
 * hash and the head, is named by verify(). Whoever holds the vault's key can rewrite the whole
 * chain; that is answered only once the head leaves the laptop (a signed export).
 */
export class AuditLog implements AuditSink {
  private readonly rows: AuditRepository;

  constructor(
    private readonly db: Db,
    private readonly meta: MetaRepository,
    private readonly now: () => Date,
  ) {
    this.rows = new AuditRepository(db);
  }

  /**
   * Inside the write path's transaction only: a record must commit with the change it names, or
   * not at all. The records in order, each chained to the one before, under one instant: the
   * head is read and written once for all of them. Nothing is written if any record is refused.
   */
  appendAll(records: readonly AuditRecordInput[]): void {
    if (!this.db.inTransaction) throw new Error('An audit record is appended inside the write path (services/write-path.ts).');
    if (records.length === 0) return;
    records.forEach(checkRecord);
    const head = parseHead(this.meta.get(HEAD_KEY));
    const at = this.now().toISOString();
    let seq = Math.max(head?.seq ?? 0, this.rows.lastSeq());
    let prevHash = head?.hash ?? GENESIS_HASH;
    for (const record of records) {
      seq += 1;
      const fields = { seq, at, action: record.action, subjectId: record.subjectId ?? null, detail: canonicalDetail(record.detail ?? {}), prevHash };
      prevHash = recordHash(fields);
      this.rows.insert({ ...fields, hash: prevHash });
    }
    this.meta.set(HEAD_KEY, `${seq}:${prevHash}`);
  }

  /** Newest first. */
  list({ limit, offset, action }: AuditListOptions): AuditPage {
    const records = this.rows.newest(limit, offset, action).map((row): AuditRecord => ({
      seq: row.seq,
      at: row.at,
      action: row.action,
      subjectId: row.subjectId,
      detail: parseDetail(row.detail),
    }));
    return { records, total: this.rows.count(action) };
  }

  verify(): AuditVerdict {
    const firstBroken = findFirstBrokenLink(this.walk(), parseHead(this.meta.get(HEAD_KEY)), (hash) => this.rows.seqWithHash(hash));
    return { ok: firstBroken === null, records: this.rows.count(), firstBroken };
  }

  /** In pages, each read whole, so that verify() may query between them (an open iterator blocks the connection). */
  private *walk(): Generator<StoredRecord> {
    let after = Number.MIN_SAFE_INTEGER;
    for (;;) {
      const rows = this.rows.rowsAfter(after, VERIFY_PAGE);
      yield* rows;
      const last = rows.at(-1);
      if (!last || rows.length < VERIFY_PAGE) return;
      after = last.seq;
    }
  }
}
