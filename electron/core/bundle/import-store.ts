import type { Db } from '../db/driver';
import type { OpenedBundle } from './bundle-reader';

/**
 * Headquarters mode: a verified bundle's entries into the vault, apart from the notebook's own
 * and never edited, each marked with its bundle and signer. The bundle id is the key: the same
 * bundle imported twice changes nothing. Per officer key, the sequence numbers that arrived
 * show which are missing, and a number arriving again under another bundle id is a replay.
 */
export interface ImportOutcome {
  readonly imported: boolean;
  readonly entries: number;
  readonly sequence: number;
  readonly replayed: boolean;
}

export interface OfficerArrivals {
  readonly officerKeyId: string;
  readonly arrived: number[];
  readonly missing: number[];
  /** Numbers that came under more than one bundle id. */
  readonly replayed: number[];
}

export class ImportStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  /** `run` wraps the write (the notebook's write path, which audits it in the same transaction). */
  import(opened: OpenedBundle, run: <T>(write: () => T) => T): ImportOutcome {
    const { manifest } = opened;
    const entryFiles = [...opened.small].filter(([name]) => /^entries\/[^/]+\.json$/.test(name));
    return run(() => {
      const seen = this.db.prepare('SELECT 1 FROM imported_bundles WHERE bundle_id = ?').get(manifest.bundleId);
      const replayed = !seen && this.db.prepare('SELECT 1 FROM imported_bundles WHERE officer_key_id = ? AND sequence = ?').get(manifest.officer.keyId, manifest.sequence) !== undefined;
      if (seen) return { imported: false, entries: 0, sequence: manifest.sequence, replayed: false };
      this.db
        .prepare('INSERT INTO imported_bundles (bundle_id, officer_key_id, officer_fingerprint, sequence, created_at, imported_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(manifest.bundleId, manifest.officer.keyId, manifest.officer.fingerprint, manifest.sequence, manifest.createdAt, this.now().toISOString());
      const insert = this.db.prepare('INSERT INTO imported_entries (bundle_id, entry_id, data) VALUES (?, ?, ?)');
      for (const [name, bytes] of entryFiles) insert.run(manifest.bundleId, name.slice('entries/'.length, -'.json'.length), bytes.toString('utf8'));
      return { imported: true, entries: entryFiles.length, sequence: manifest.sequence, replayed };
    });
  }

  arrivals(): OfficerArrivals[] {
    const rows = this.db.prepare('SELECT officer_key_id AS key, sequence FROM imported_bundles ORDER BY officer_key_id, sequence').all() as { key: string; sequence: number }[];
    const byOfficer = new Map<string, number[]>();
    for (const row of rows) byOfficer.set(row.key, [...(byOfficer.get(row.key) ?? []), row.sequence]);
    return [...byOfficer].map(([officerKeyId, all]) => {
      const arrived = [...new Set(all)];
      const highest = arrived[arrived.length - 1] ?? 0;
      const missing = Array.from({ length: highest }, (_, i) => i + 1).filter((n) => !arrived.includes(n));
      const replayed = arrived.filter((n) => all.indexOf(n) !== all.lastIndexOf(n));
      return { officerKeyId, arrived, missing, replayed };
    });
  }
}
