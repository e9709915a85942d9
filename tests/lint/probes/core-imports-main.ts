// probe: electron/core/probe.ts
// rule: import-x/no-restricted-paths
import { buildCsp } from '../main/security/csp';

export const csp = buildCsp;
