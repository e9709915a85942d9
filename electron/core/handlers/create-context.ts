import { PreferencesStore } from '../preferences/preferences-store';
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
}

export function createHandlerContext(options: ContextOptions): HandlerContext {
  return {
    vault: new VaultSession({ dir: options.vaultDir, kdfTargetMs: options.kdfTargetMs, traces: options.traces ?? [] }),
    preferences: new PreferencesStore(options.preferencesFile),
    ...(options.desktop ? { desktop: options.desktop } : {}),
  };
}
