// probe: electron/main/security/probe.ts
// rule: no-restricted-imports
import { session } from 'electron';

export const current = session;
