import type { PreferencesStore } from '../preferences/preferences-store';
import type { VaultSession } from '../vault/session';

/**
 * What only a desktop shell can do. Electron's main process supplies it; the e2e bridge
 * supplies one over the same clipboard guard; the CLI has none (those channels then answer
 * UNAVAILABLE).
 */
export interface DesktopPort {
  /** Copies a sensitive value and clears the clipboard 30 s later if it still holds it. */
  copySensitive(text: string): Promise<void>;
  /** Opens an http(s) or mailto address in the system's default program. */
  openExternal(url: string): Promise<void>;
  /** The system's open dialog (several files unless `multiple` is false); the paths stay in main, the page gets tokens. Empty when cancelled. */
  pickFiles(options?: { multiple: boolean }): Promise<string[]>;
  /** The system's save dialog, suggesting `name`; null when cancelled. */
  pickSaveTarget(name: string): Promise<string | null>;
}

/** Everything a handler may touch. Electron's main process, the e2e bridge and the CLI each build one. */
export interface HandlerContext {
  vault: VaultSession;
  preferences: PreferencesStore;
  desktop?: DesktopPort;
}
