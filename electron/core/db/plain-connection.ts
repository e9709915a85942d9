import { openDriver, type Db } from './driver';
import { applyConnectionPragmas } from './pragmas';

/**
 * An UNENCRYPTED database, for the benchmark's baseline only (the same schema, pragmas and
 * services, minus SQLCipher). No vault code path reaches this: ESLint bans importing it
 * anywhere outside bench/ and tests/.
 */
export function openPlaintextDatabaseForBenchmark(file: string, pageSize?: number): Db {
  const db = openDriver(file, { mustExist: false });
  // Before WAL is set, which fixes the page size of a new file: the baseline lays out its rows as the vault does.
  if (pageSize !== undefined) db.pragma(`page_size = ${Math.trunc(pageSize)}`);
  applyConnectionPragmas(db);
  return db;
}
