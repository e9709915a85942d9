import { GENESIS_HASH, recordHash, type ChainedRecord } from './audit-hash';

export type BrokenLinkReason = 'altered' | 'missing' | 'reordered' | 'head-mismatch';

export interface AuditVerdict {
  ok: boolean;
  /** How many records the log holds. */
  records: number;
  /** The first link that does not hold, by the seq it concerns; null when the chain is whole. */
  firstBroken: { seq: number; reason: BrokenLinkReason } | null;
}

export interface StoredRecord extends ChainedRecord {
  hash: string;
}

/** The last record's seq and hash, kept apart from the rows (vault_meta) so that removing the last rows shows. */
export interface ChainHead {
  seq: number;
  hash: string;
}

type Broken = NonNullable<AuditVerdict['firstBroken']>;

/**
 * Why a record whose prev_hash is not its predecessor's hash breaks the chain: it names a
 * record that sits elsewhere (the rows were moved), or no record at all, in which case the
 * record before it was rewritten with a recomputed hash (this one still checks out on its own)
 * or this one was altered.
 */
function unlinked(row: StoredRecord, selfHolds: boolean, seqOfHash: (hash: string) => number | undefined): Broken {
  if (seqOfHash(row.prevHash) !== undefined) return { seq: row.seq, reason: 'reordered' };
  return { seq: selfHolds && row.seq > 1 ? row.seq - 1 : row.seq, reason: 'altered' };
}

function headBreak(lastSeq: number, lastHash: string, head: ChainHead | null): Broken | null {
  if (head === null) return lastSeq === 0 ? null : { seq: lastSeq, reason: 'head-mismatch' };
  // The head names a record past the last row: the last rows were removed.
  if (head.seq > lastSeq) return { seq: lastSeq + 1, reason: 'missing' };
  // Rows past the head were added behind the log's back.
  if (head.seq < lastSeq) return { seq: head.seq + 1, reason: 'head-mismatch' };
  return head.hash === lastHash ? null : { seq: lastSeq, reason: 'head-mismatch' };
}

/**
 * Walks the records in seq order and names the first link that does not hold: a seq gap
 * ('missing', naming the first absent seq), a record that no longer hashes to its stored hash
 * ('altered'), a record chained to one that sits elsewhere ('reordered'), then the head.
 * seqOfHash is asked only once, at a break.
 */
export function findFirstBrokenLink(
  rows: Iterable<StoredRecord>,
  head: ChainHead | null,
  seqOfHash: (hash: string) => number | undefined,
): Broken | null {
  let expectedSeq = 1;
  let expectedPrev = GENESIS_HASH;
  for (const row of rows) {
    if (row.seq !== expectedSeq) return { seq: Math.min(row.seq, expectedSeq), reason: row.seq > expectedSeq ? 'missing' : 'altered' };
    const selfHolds = recordHash(row) === row.hash;
    if (row.prevHash !== expectedPrev) return unlinked(row, selfHolds, seqOfHash);
    if (!selfHolds) return { seq: row.seq, reason: 'altered' };
    expectedPrev = row.hash;
    expectedSeq += 1;
  }
  return headBreak(expectedSeq - 1, expectedPrev, head);
}
