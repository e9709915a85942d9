// probe: shared/domain/probe.ts
// rule: no-restricted-imports
import { readFileSync } from 'node:fs';

export const read = readFileSync;
