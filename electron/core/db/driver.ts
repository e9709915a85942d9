// The only module that loads the SQLite driver (others may import its types).
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

export type Db = BetterSqlite3.Database;

export function openDriver(file: string, options: { mustExist: boolean }): Db {
  return new BetterSqlite3(file, { fileMustExist: options.mustExist });
}
