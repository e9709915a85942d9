/**
 * Headquarters' view of each officer's sequence numbers, from the imported bundles. An officer
 * is a signing key, told apart by its fingerprint (which binds the whole key): never by the key
 * id, which whoever makes a key can copy from another's.
 */
export interface SequenceRange {
  readonly from: number;
  readonly to: number;
}

export interface OfficerArrivals {
  readonly officerKeyId: string;
  readonly officerFingerprint: string;
  readonly arrived: number[];
  /** The numbers below the highest that never came, as ranges: a bundle numbered in the billions is one range, not a list of a billion numbers. */
  readonly missing: SequenceRange[];
  /** Numbers that came under more than one bundle id. */
  readonly replayed: number[];
}

/** One imported bundle's officer and number. */
export interface ArrivalRow {
  readonly fingerprint: string;
  readonly keyId: string;
  readonly sequence: number;
}

/** Gaps in `arrived` (ascending, distinct, from 1). */
export function missingRanges(arrived: readonly number[]): SequenceRange[] {
  const ranges: SequenceRange[] = [];
  let next = 1;
  for (const n of arrived) {
    if (n > next) ranges.push({ from: next, to: n - 1 });
    next = n + 1;
  }
  return ranges;
}

/** Per officer fingerprint, in the order first seen; `rows` sorted by fingerprint and sequence. */
export function arrivalsByOfficer(rows: readonly ArrivalRow[]): OfficerArrivals[] {
  const byOfficer = new Map<string, ArrivalRow[]>();
  for (const row of rows) byOfficer.set(row.fingerprint, [...(byOfficer.get(row.fingerprint) ?? []), row]);
  return [...byOfficer.values()].map((own) => {
    const counts = new Map<number, number>();
    for (const { sequence } of own) counts.set(sequence, (counts.get(sequence) ?? 0) + 1);
    const arrived = [...counts.keys()];
    const first = own[0] as ArrivalRow;
    return { officerKeyId: first.keyId, officerFingerprint: first.fingerprint, arrived, missing: missingRanges(arrived), replayed: arrived.filter((n) => (counts.get(n) ?? 0) > 1) };
  });
}
