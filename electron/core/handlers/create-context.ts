import { PreferencesStore } from '../preferences/preferences-store';
import type { Clock } from '../vault/boot-clock';
import { VaultSession } from '../vault/session';
import type { DesktopPort, HandlerContext } from './context';

export interface ContextOptions {
  vaultDir: string;
  preferencesFile: string;
  /** See VaultOptions.kdfTargetMs. */
  kdfTargetMs: number;
  /** See VaultOptions.traces: what a purge removes outside the vault. */
  traces?: string[];
  desktop?: DesktopPort;
  /** See VaultOptions.clock: the e2e harness stops and advances the throttle's time. */
  clock?: Clock;
}

export function createHandlerContext(options: ContextOptions): HandlerContext {
  return {
    vault: new VaultSession({ dir: options.vaultDir, kdfTargetMs: options.kdfTargetMs, traces: options.traces ?? [], clock: options.clock }),
    preferences: new PreferencesStore(options.preferencesFile),
    ...(options.desktop ? { desktop: options.desktop } : {}),
  };
}
