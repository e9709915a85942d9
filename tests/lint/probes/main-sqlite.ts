// probe: electron/main/probe.ts
// rule: no-restricted-imports
import Database from 'better-sqlite3-multiple-ciphers';

export const open = (file: string) => new Database(file);
