import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { HandlerContext } from '../../../electron/core/handlers/context';
import { openForServing } from '../../../electron/core/attachments/http';
import { createHandlerContext } from '../../../electron/core/handlers/create-context';
import { isAppUrl } from '../../../electron/main/security/app-origin';
import { IdleLock } from '../../../electron/main/security/idle-lock';
import { createLockAfterFlush } from '../../../electron/main/security/lock-after-flush';
import { APP_URL, serveRenderer, type RequestRecord } from './app-server';
import { installBridge } from './bridge';
import { HarnessClock } from './clock';
import { TestDesktop } from './desktop';

export interface App {
  page: Page;
  /** The real core the page talks to (a fresh vault in a fresh temp dir per test). */
  ctx: HandlerContext;
  /** Clipboard and "system browser" as the core's DesktopPort sees them (nothing real is touched). */
  desktop: TestDesktop;
  /** Every request decision the shell's request filter made, in order. */
  requests: readonly RequestRecord[];
  open(): Promise<void>;
  screenshot(lang: string, screen: string): Promise<void>;
  /** The system idle time the harness's IdleLock reads (as powerMonitor.getSystemIdleTime in Electron). */
  setSystemIdleSeconds(seconds: number): void;
  /** A lock started on the main side (as suspend or a screen lock): the page is asked to flush first. */
  lockFromMain(): void;
  /** Stops time for the core's unlock throttle and the page's Date together; only advanceTime moves it then. */
  freezeTime(): Promise<void>;
  /** Moves the frozen time forward, in the core and the page alike: a delay runs out without waiting for it. */
  advanceTime(ms: number): Promise<void>;
  /**
   * For a test that injects outside requests on purpose: blocked requests, CSP violations and
   * console errors that contain one of these strings (hosts) or match one of these patterns are expected and do not fail the test. Anything
   * else still does, and an ALLOWED request outside the app always does.
   */
  expectBlockedAttemptsTo(patterns: readonly (string | RegExp)[]): void;
}

const SCREENSHOT_DIR = join(import.meta.dirname, '../../../test-results/screenshots');
/** The harness polls idle time this often (Electron: IDLE_POLL_MS). Same class, shorter clock. */
export const HARNESS_IDLE_POLL_MS = 50;
/**
 * How long the harness waits for the page's own lock after asking it to flush (Electron:
 * LOCK_FLUSH_WAIT_MS). Longer here so a loaded test machine never turns a flush test into a
 * race; the bound itself is proven by tests/unit/main/lock-after-flush.test.ts.
 */
const HARNESS_LOCK_FLUSH_WAIT_MS = 15_000;

/**
 * Every test gets real parts: a real vault (Argon2id at its floor), the real dispatch, the
 * built renderer under the shell's own request filter, protocol resolver and CSP, and the
 * shell's own IdleLock. It fails on any CSP or Trusted Types violation, any page error, any
 * console error, any request that tried to leave the app and any request allowed outside it.
 */
export const test = base.extend<{ app: App }>({
  app: async ({ context, page }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-e2e-'));
    const desktop = new TestDesktop();
    const clock = new HarnessClock(page);
    const ctx = createHandlerContext({
      vaultDir: join(dir, 'vault'),
      preferencesFile: join(dir, 'preferences.json'),
      kdfTargetMs: 0,
      desktop,
      clock: clock.read,
    });
    const requests: RequestRecord[] = [];
    const problems: string[] = [];
    const incidents: string[] = [];
    let expectedPatterns: readonly (string | RegExp)[] = [];
    const expected = (text: string) => expectedPatterns.some((p) => (typeof p === 'string' ? text.includes(p) : p.test(text)));

    await serveRenderer(context, (entry) => requests.push(entry), (id) => openForServing(ctx.vault, id));
    // As electron/main/index.ts: a lock clears a sensitive copy still on the clipboard at once.
    const unsubscribeClipboard = ctx.vault.onLock(() => void desktop.clipboard.clearIfStillOurs());
    const bridge = await installBridge(context, ctx, {
      incident: (id, channel, error) => incidents.push(`${id} ${channel}: ${String(error)}`),
    });
    page.on('console', (message) => {
      const text = message.text();
      const isProblem = message.type() === 'error' || /Content Security Policy|Trusted Type|csp-violation/i.test(text);
      if (isProblem && !expected(`${text} ${message.location().url}`)) problems.push(`console: ${text}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));

    // As electron/main/locks.ts: a lock main starts asks the page to keep its draft first.
    const lockSoon = createLockAfterFlush({
      isUnlocked: () => ctx.vault.status().state === 'unlocked',
      askPageToFlush: () => bridge.emit('vault:lock-requested'),
      onLocked: (listener) => ctx.vault.onLock(listener),
      lock: () => ctx.vault.lock(),
      waitMs: HARNESS_LOCK_FLUSH_WAIT_MS,
    });
    let idleSeconds = 0;
    const idleLock = new IdleLock({
      idleSeconds: () => idleSeconds,
      idleLockMinutes: () => ctx.preferences.get().idleLockMinutes,
      isUnlocked: () => ctx.vault.status().state === 'unlocked',
      lock: () => lockSoon(),
      pollMs: HARNESS_IDLE_POLL_MS,
    });
    idleLock.start();

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await use({
      page,
      ctx,
      desktop,
      requests,
      open: async () => {
        await page.goto(APP_URL);
      },
      screenshot: async (lang, screen) => {
        // From the top, so the sticky bar is where a person sees it in a full-page capture.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${lang}-${screen}.png`), fullPage: true });
      },
      setSystemIdleSeconds: (seconds) => {
        idleSeconds = seconds;
      },
      lockFromMain: () => lockSoon(),
      freezeTime: () => clock.freeze(),
      advanceTime: (ms) => clock.advance(ms),
      expectBlockedAttemptsTo: (patterns) => {
        expectedPatterns = patterns;
      },
    });

    idleLock.stop();
    bridge.unsubscribe();
    unsubscribeClipboard();
    ctx.vault.lock();
    rmSync(dir, { recursive: true, force: true });
    const allowedOutside = requests.filter((r) => r.decision === 'allow' && !isAppUrl(r.decidedOn));
    expect(allowedOutside, 'requests ALLOWED outside app://fieldnotes').toEqual([]);
    const blocked = requests.filter((r) => r.decision === 'block' && !expected(r.url)).map((r) => r.url);
    expect(blocked, 'requests that tried to leave the app').toEqual([]);
    expect(problems, 'CSP/Trusted Types violations, page errors, console errors').toEqual([]);
    expect(incidents, 'INTERNAL errors in the core').toEqual([]);
  },
});

export { expect };
