// The only module that loads the SQLite driver; everything else in core/db imports its types from here.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

/** The driver's database handle, plus the SQLite3MultipleCiphers keying method its typings omit. */
export type Db = BetterSqlite3.Database & { key(spec: Buffer): number };
export type Statement<P extends unknown[] | object = unknown[], R = unknown> = BetterSqlite3.Statement<P, R>;

export function openDriver(file: string, options: { mustExist: boolean }): Db {
  return new BetterSqlite3(file, { fileMustExist: options.mustExist }) as Db;
}
