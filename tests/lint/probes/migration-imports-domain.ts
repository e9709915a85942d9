// probe: electron/core/db/migrations/0999-probe.ts
// rule: import-x/no-restricted-paths
import { LIMITS } from '../../../../shared/domain/entries';

export const titleLimit = LIMITS.title;
