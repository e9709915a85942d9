import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { app, type BrowserWindow } from 'electron';
import { openForServing } from '../core/attachments/http';
import { createHandlerContext } from '../core/handlers/create-context';
import { disableCoreDumps, reportCoreDumpFailures } from './core-dumps';
import { createDesktopPort } from './desktop-port';
import { hardenAfterReady, hardenBeforeReady } from './hardening';
import { broadcast, registerIpc, registerWindow } from './ipc/handle';
import { developerLaunch, refuseDangerousLaunch } from './launch-guard';
import { installLocks } from './locks';
import { incidentLog, securityEvent } from './log';
import { installMenu } from './menu';
import { createClipboardGuard, pageEditor, routePageCopies } from './page-clipboard';
import { createAppSession } from './session';
import { createMainWindow, guardContents, resetRenderer } from './window';

/** Argon2id is calibrated toward about this long when a vault is created on this machine. */
const KDF_TARGET_MS = 1000;

// First: an installed build launched with a debugging, sandbox, logging, network or profile
// switch exits here, before any window and before the vault is touched.
refuseDangerousLaunch();
hardenBeforeReady();

// Every webContents ever created (including any a future feature adds) gets the guards.
app.on('web-contents-created', (_event, contents) => guardContents(contents));

let mainWindow: BrowserWindow | null = null;

function focusMainWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function start(): void {
  hardenAfterReady();
  const appRoot = app.getAppPath();
  // DevTools only for Electron's binary on the source tree, never for an installed app.asar.
  const devTools = developerLaunch();
  // Called per request, after ctx exists: an attachment opens only while the vault is unlocked.
  const session = createAppSession(join(appRoot, 'out', 'renderer'), devTools, (id) => openForServing(ctx.vault, id));
  const userData = app.getPath('userData');
  // Every copy the app makes (the Copy button, Edit → Copy/Cut, their shortcuts) is marked for
  // the OS to skip, and cleared after 30 s and at lock (clipboard-guard.ts).
  const sensitiveClipboard = createClipboardGuard();
  const ctx = createHandlerContext({
    vaultDir: join(userData, 'vault'),
    preferencesFile: join(userData, 'preferences.json'),
    kdfTargetMs: KDF_TARGET_MS,
    // A purge removes what shows Fieldnotes was used, not only the vault: the whole user-data
    // folder, which holds the vault, preferences.json and Chromium's profile files.
    traces: [userData],
    desktop: createDesktopPort({
      clipboardGuard: sensitiveClipboard,
      window: () => mainWindow,
      language: () => ctx.preferences.get().language,
    }),
  });
  registerIpc(ctx, incidentLog);

  const win = createMainWindow({ preloadPath: join(appRoot, 'out', 'preload', 'index.cjs'), devTools, session });
  mainWindow = win;
  registerWindow(win);
  const pageEdit = pageEditor(win.webContents, sensitiveClipboard);
  routePageCopies(win.webContents, pageEdit);
  win.setContentProtection(ctx.preferences.get().screenCaptureProtection);
  ctx.preferences.onChange((preferences) => win.setContentProtection(preferences.screenCaptureProtection));
  win.webContents.on('did-finish-load', () => {
    reportCoreDumpFailures(disableCoreDumps(app.getAppMetrics().map((metric) => metric.pid)));
  });

  let quitting = false;
  const resetWindow = (): void => {
    if (!quitting) resetRenderer(win);
  };
  // Set while a crashed renderer is handled: that path decides itself whether to reload.
  let rendererGone = false;
  ctx.vault.onLock(() => {
    sensitiveClipboard.clearAtLock().catch(() => securityEvent('clipboard clear on lock failed'));
    broadcast('vault:locked');
    if (!rendererGone) resetWindow();
  });
  ctx.vault.jobs.onProgress((update) => broadcast('job:progress', update));
  ctx.vault.jobs.onFailure((kind, error) => incidentLog.incident(randomUUID().slice(0, 8), `job ${kind}`, error));
  // A renderer that dies (crash, OOM, or an exploit that went wrong) fails closed: lock, then a fresh page.
  // Three crashes within a minute stop the reloads (a page that crashes on load would loop).
  const crashes: number[] = [];
  win.webContents.on('render-process-gone', (_event, details) => {
    securityEvent(`renderer gone (${details.reason}); locking`);
    rendererGone = true;
    try {
      ctx.vault.lock();
    } finally {
      rendererGone = false;
    }
    const now = Date.now();
    crashes.push(now);
    while (crashes.length > 0 && (crashes[0] ?? now) < now - 60_000) crashes.shift();
    if (crashes.length < 3) resetWindow();
  });
  // An unexpected error in the main process must not leave the vault open behind an error dialog
  // (Electron's default for uncaught exceptions): log it, lock, quit.
  process.on('uncaughtException', (error) => {
    incidentLog.incident('uncaught', 'main', error);
    try {
      ctx.vault.lock();
    } finally {
      app.exit(1);
    }
  });
  const locks = installLocks(ctx, resetWindow);
  const menu = {
    quickLock: () => locks.quickLock(),
    pageEdit,
    acceleratorIsGlobal: locks.globalShortcutRegistered,
    devTools,
  };
  installMenu({ ...menu, language: ctx.preferences.get().language });
  ctx.preferences.onChange((preferences) => installMenu({ ...menu, language: preferences.language }));

  // Quitting locks, and waits once for the clipboard to be cleared: Windows keeps clipboard data
  // after the app exits, and on X11 Chromium hands CLIPBOARD to the clipboard manager.
  let clipboardClearedForQuit = false;
  app.on('before-quit', (event) => {
    quitting = true;
    ctx.vault.lock();
    if (clipboardClearedForQuit) return;
    event.preventDefault();
    sensitiveClipboard
      .clearAtLock()
      .catch(() => securityEvent('clipboard clear on quit failed'))
      .finally(() => {
        clipboardClearedForQuit = true;
        app.quit();
      });
  });
  // After a purge nothing is left to show, and a running Chromium would keep writing its profile
  // files: quit, and remove on the way out whatever it wrote since.
  let purged = false;
  ctx.vault.onPurge(() => {
    purged = true;
    app.quit();
  });
  app.on('will-quit', () => {
    locks.dispose();
    if (purged) rmSync(userData, { recursive: true, force: true });
  });
  // No lingering in the macOS dock with a vault open: closing the window quits.
  app.on('window-all-closed', () => app.quit());
}

// One instance per install (and so per vault): a second launch focuses the first and exits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      incidentLog.incident('startup', 'app:start', error);
      securityEvent('startup failed; quitting');
      app.exit(1);
    });
}
