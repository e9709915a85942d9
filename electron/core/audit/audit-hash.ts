import { createHash } from 'node:crypto';
import type { AuditDetail } from '../../../shared/domain/audit-vocabulary';

/** The prev_hash of the first record. */
export const GENESIS_HASH = '0'.repeat(64);

/** Names this encoding inside every hash, so a future encoding can never collide with it. */
const ENCODING_TAG = 'fieldnotes-audit-v1';

/** A record's fields as stored in audit_log; detail is the stored JSON text. */
export interface ChainedRecord {
  seq: number;
  at: string;
  action: string;
  subjectId: string | null;
  detail: string;
  prevHash: string;
}

/**
 * detail as stored, and as hashed: a JSON object with its keys in UTF-16 code-unit order and
 * no whitespace, values strings, safe integers, booleans or null (so that JSON.stringify writes
 * each the same way in any language: no floats, no exponent forms). Built by hand because an
 * object with integer-like keys ("2", "10") would not keep a sorted order.
 */
export function canonicalDetail(detail: AuditDetail): string {
  const keys = Object.keys(detail).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((key) => `${JSON.stringify(key)}:${JSON.stringify(detail[key])}`).join(',')}}`;
}

/**
 * hash = lowercase hex SHA-256 of the UTF-8 bytes of the JSON array
 *   ["fieldnotes-audit-v1", prev_hash, seq, at, action, subject_id or null, detail]
 * written with no whitespace, strings as JSON.stringify escapes them, seq as a decimal integer
 * and detail as its stored canonical text (canonicalDetail). Each record names its
 * predecessor's hash, so altering, removing or moving one breaks the link after it; the first
 * names GENESIS_HASH.
 */
export function recordHash(record: ChainedRecord): string {
  const fields = [
    JSON.stringify(ENCODING_TAG),
    JSON.stringify(record.prevHash),
    String(record.seq),
    JSON.stringify(record.at),
    JSON.stringify(record.action),
    JSON.stringify(record.subjectId),
    record.detail,
  ];
  return createHash('sha256').update(`[${fields.join(',')}]`, 'utf8').digest('hex');
}
