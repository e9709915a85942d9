// Types for native-abi.mjs (kept as plain JS so `node scripts/ensure-native.mjs` needs no loader).
export function readAddonAbi(bytes: Uint8Array): number | 'napi' | null;
export function cachedBinaryPath(key: {
  cacheRoot: string;
  moduleName: string;
  moduleVersion: string;
  platform: string;
  arch: string;
  abi: number;
}): string;
export function nodeGypEnv(runtime: 'node' | 'electron', env: Record<string, string | undefined>): Record<string, string | undefined>;
export function nodeGypArgs(target: { runtime: 'node' | 'electron'; electronVersion?: string; arch: string }): string[];
