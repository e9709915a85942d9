// probe: electron/preload/probe.ts
// rule: import-x/no-restricted-paths
import { contract } from '../../shared/ipc/contract';

export const channels = Object.keys(contract);
