import { describe, expect, it } from 'vitest';
import { openPlaintextDatabaseForBenchmark } from '../../../electron/core/db/plain-connection';
import { migrate } from '../../../electron/core/db/migrate';
import { bytesPerTextByteByPart } from '../../../bench/vault-bytes';

describe('bench: bytes per text byte by part', () => {
  it('files every b-tree under its part, and the parts add up to the whole database', () => {
    const db = openPlaintextDatabaseForBenchmark(':memory:');
    try {
      migrate(db);
      const pages = db.pragma('page_count', { simple: true }) as number;
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      const parts = bytesPerTextByteByPart(db, pageSize);
      expect(Object.keys(parts)).toEqual(expect.arrayContaining(['search_index', 'entries', 'entry_facets', 'details', 'revisions', 'audit_log', 'other']));
      // Divided by one page's bytes, each part is its page count; an empty database has one page per b-tree.
      expect(parts.entries).toBe(4); // the table, its id index and its two time indexes
      expect(Object.values(parts).reduce((sum, n) => sum + n, 0)).toBeCloseTo(pages - (db.pragma('freelist_count', { simple: true }) as number), 3);
    } finally {
      db.close();
    }
  });
});
