import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { HandlerContext } from '../../../electron/core/handlers/context';
import { createHandlerContext } from '../../../electron/core/handlers/create-context';
import { APP_URL, serveRenderer } from './app-server';
import { installBridge } from './bridge';

export interface App {
  page: Page;
  /** The real core the page talks to (a fresh vault in a fresh temp dir per test). */
  ctx: HandlerContext;
  open(): Promise<void>;
  screenshot(lang: string, screen: string): Promise<void>;
}

const SCREENSHOT_DIR = join(import.meta.dirname, '../../../test-results/screenshots');

/**
 * Every test gets real parts: a real vault (Argon2id at its floor), the real dispatch, the
 * built renderer under its real CSP. It fails on any CSP or Trusted Types violation, any page
 * error, any console error and any request that tried to leave the app.
 */
export const test = base.extend<{ app: App }>({
  app: async ({ context, page }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-e2e-'));
    const ctx = createHandlerContext({ vaultDir: join(dir, 'vault'), preferencesFile: join(dir, 'preferences.json'), kdfTargetMs: 0 });
    const blocked: string[] = [];
    const problems: string[] = [];
    const incidents: string[] = [];
    await serveRenderer(context, blocked);
    const unsubscribe = await installBridge(context, ctx, {
      incident: (id, channel, error) => incidents.push(`${id} ${channel}: ${String(error)}`),
    });
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' || /Content Security Policy|Trusted Type|csp-violation/i.test(text)) problems.push(`console: ${text}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await use({
      page,
      ctx,
      open: async () => {
        await page.goto(APP_URL);
      },
      screenshot: async (lang, screen) => {
        // From the top, so the sticky bar is where a person sees it in a full-page capture.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${lang}-${screen}.png`), fullPage: true });
      },
    });

    unsubscribe();
    ctx.vault.lock();
    rmSync(dir, { recursive: true, force: true });
    expect(blocked, 'requests that tried to leave the app').toEqual([]);
    expect(problems, 'CSP/Trusted Types violations, page errors, console errors').toEqual([]);
    expect(incidents, 'INTERNAL errors in the core').toEqual([]);
  },
});

export { expect };
