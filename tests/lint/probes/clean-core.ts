// probe: electron/core/services/probe.ts
// rule: none
import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { LIMITS } from '../../../shared/domain/entries';

export const read = readFileSync;
export const schema = z.string().max(LIMITS.title);
export type Db = Database;
export const later = () => import('../search/normalize');
