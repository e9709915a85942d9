// probe: electron/preload/probe.ts
// rule: no-restricted-imports
import { z } from 'zod';

export const id = z.string();
