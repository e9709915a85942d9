import { BrowserWindow, type Session } from 'electron';
import { securityEvent } from './log';
import { APP_ENTRY_URL } from './security/app-origin';
import { decideNavigation, decideWindowOpen } from './security/navigation';
import { SESSION_PARTITION, WINDOW_TITLE, type HardenedWebPreferences } from './security/web-preferences';

export interface WindowOptions {
  preloadPath: string;
  devTools: boolean;
  session: Session;
}

const guarded = new WeakSet<Electron.WebContents>();

/** Navigation and window-open guards on one webContents (the window's, and any it ever hosts). Idempotent. */
export function guardContents(contents: Electron.WebContents): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  const refuse = (event: { preventDefault(): void }, url: string, what: string): void => {
    if (decideNavigation(url) === 'deny') {
      event.preventDefault();
      securityEvent(`refused ${what}`);
    }
  };
  contents.on('will-navigate', (event) => refuse(event, event.url, 'navigation'));
  contents.on('will-frame-navigate', (event) => refuse(event, event.url, 'frame navigation'));
  contents.on('will-redirect', (event) => refuse(event, event.url, 'redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    securityEvent('refused <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => ({ action: decideWindowOpen(url) }));
}

/**
 * The one window. Its title is fixed (never a note's title or a name), content protection is on
 * (effective on Windows; see docs/security.md), and it loads only the app protocol's entry page.
 */
export function createMainWindow(options: WindowOptions): BrowserWindow {
  // Literal and inline on purpose: `satisfies HardenedWebPreferences` pins each value at compile
  // time, and Electronegativity's static scan reads it (it cannot follow a variable).
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      partition: SESSION_PARTITION,
      session: options.session,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      enableWebSQL: false,
      devTools: options.devTools,
      v8CacheOptions: 'none',
      disableBlinkFeatures: 'Auxclick',
    } satisfies HardenedWebPreferences & { session: Session },
  });
  // On until the officer's setting is applied (index.ts): never a moment unprotected.
  win.setContentProtection(true);
  win.on('page-title-updated', (event) => event.preventDefault());
  guardContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/** Makes a fresh renderer: every decrypted byte the page held is gone with the old document. */
export function resetRenderer(win: BrowserWindow): void {
  if (win.isDestroyed()) return;
  win
    .loadURL(APP_ENTRY_URL)
    .then(() => win.webContents.navigationHistory.clear())
    .catch(() => securityEvent('renderer reload after lock failed'));
}
