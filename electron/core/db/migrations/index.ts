import type { Database } from 'better-sqlite3-multiple-ciphers';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-drafts';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** In order; versions are consecutive from 1. */
export const MIGRATIONS: readonly Migration[] = [m0001, m0002];
