// probe: electron/core/vault/probe.ts
// rule: no-restricted-imports
import { app } from 'electron/main';

export const name = app.name;
