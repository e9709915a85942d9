import { describe, expect, it } from 'vitest';
import { arrivalsByOfficer, missingRanges } from '../../../../electron/core/bundle/arrivals';

describe('arrivals per officer', () => {
  it('gives the gaps below the highest number as ranges', () => {
    expect(missingRanges([])).toEqual([]);
    expect(missingRanges([1, 2, 3])).toEqual([]);
    expect(missingRanges([2, 3, 7, 9])).toEqual([
      { from: 1, to: 1 },
      { from: 4, to: 6 },
      { from: 8, to: 8 },
    ]);
    expect(missingRanges([1, 2_147_483_647])).toEqual([{ from: 2, to: 2_147_483_646 }]);
  });

  it('tells officers apart by fingerprint, not key id, and flags a number that came twice', () => {
    const rows = [
      { fingerprint: 'AAAA', keyId: '0123456789ABCDEF', sequence: 1 },
      { fingerprint: 'AAAA', keyId: '0123456789ABCDEF', sequence: 3 },
      { fingerprint: 'AAAA', keyId: '0123456789ABCDEF', sequence: 3 },
      { fingerprint: 'BBBB', keyId: '0123456789ABCDEF', sequence: 1 },
    ];
    expect(arrivalsByOfficer(rows)).toEqual([
      { officerKeyId: '0123456789ABCDEF', officerFingerprint: 'AAAA', arrived: [1, 3], missing: [{ from: 2, to: 2 }], replayed: [3] },
      { officerKeyId: '0123456789ABCDEF', officerFingerprint: 'BBBB', arrived: [1], missing: [], replayed: [] },
    ]);
  });
});
