import { openDriver, type Db } from './driver';
import { applyConnectionPragmas } from './pragmas';

/**
 * An UNENCRYPTED database, for the benchmark's baseline only (the same schema, pragmas and
 * services, minus SQLCipher). No vault code path reaches this: ESLint bans importing it
 * anywhere outside bench/ and tests/.
 */
export function openPlaintextDatabaseForBenchmark(file: string): Db {
  const db = openDriver(file, { mustExist: false });
  applyConnectionPragmas(db);
  return db;
}
