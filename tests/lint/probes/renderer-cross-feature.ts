// probe: renderer/src/features/search/probe.ts
// rule: import-x/no-restricted-paths
import { useCountdown } from '../vault/use-countdown';

export const countdown = useCountdown;
