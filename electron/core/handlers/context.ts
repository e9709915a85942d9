import type { PreferencesStore } from '../preferences/preferences-store';
import type { VaultSession } from '../vault/session';

/** Everything a handler may touch. Electron's main process, the e2e bridge and the CLI each build one. */
export interface HandlerContext {
  vault: VaultSession;
  preferences: PreferencesStore;
}
