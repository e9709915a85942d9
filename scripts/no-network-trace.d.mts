// Types for no-network-trace.mjs (plain JS so `node scripts/no-network.mjs` needs no loader).
export interface NetworkAttempt {
  pid: number;
  syscall: string;
  family: string;
  address: string;
  result: string;
  /** argv of the process (or of the process a thread belongs to); null if never seen */
  command?: string[] | null;
}
export const LOCAL_FAMILIES: ReadonlySet<string>;
export const NETWORK_SYSCALLS: ReadonlySet<string>;
export function socketAddresses(args: string): { family: string; address: string }[];
export function createTraceReader(): {
  push(line: string): void;
  result(): { attempts: NetworkAttempt[]; lines: number; execs: number };
};
export function findNetworkAttempts(trace: string): { attempts: NetworkAttempt[]; lines: number; execs: number };
export function formatAttempt(attempt: NetworkAttempt): string;
export function isChromiumRouteProbe(attempt: NetworkAttempt): boolean;
