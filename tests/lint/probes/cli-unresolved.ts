// probe: electron/cli/probe.ts
// rule: import-x/no-unresolved
import { secret } from '../../shared/domain/no-such-module';

export const value = secret;
