// probe: electron/cli/probe.ts
// rule: no-restricted-imports
import { z } from 'zod';

export const count = z.number();
