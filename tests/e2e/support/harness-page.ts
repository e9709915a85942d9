import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { securityHeaders } from '../../../electron/main/security/csp';
import { FAKE_ORIGIN, RENDERER_DIR } from './app-server';
import type { App } from './fixtures';

/** The built app's stylesheet, as index.html links it. */
function appStylesheet(): string {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  const href = /href="\.?\/?(assets\/[^"]+\.css)"/.exec(html)?.[1];
  if (!href) throw new Error('no stylesheet in out/renderer/index.html: run `npx electron-vite build`');
  return `/${href}`;
}

export interface HarnessPage {
  /** Bundles the page's script (tests/e2e/support/<name>-harness.tsx); once, in beforeAll. */
  build(): Promise<void>;
  /** Serves the page under the app's own CSP and stylesheet, and goes to it in `lang`. */
  open(app: App, lang: 'en' | 'ar'): Promise<void>;
}

/**
 * One renderer component alone on a page, for what no screen carries yet: served from the app's
 * origin with the app's own security headers (CSP, Trusted Types), so it runs in real Chromium
 * under the same rules as the app. The page's script mounts itself with mountHarness.
 */
export function harnessPage(name: string, title: string): HarnessPage {
  const base = `${FAKE_ORIGIN}/${name}-harness`;
  let script = '';
  return {
    async build() {
      const result = await build({
        entryPoints: [join(import.meta.dirname, `${name}-harness.tsx`)],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        target: 'chrome130',
        jsx: 'automatic',
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'silent',
      });
      script = result.outputFiles[0]?.text ?? '';
    },
    async open(app, lang) {
      const headers = securityHeaders();
      const page = `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="${appStylesheet()}"><script type="module" src="/${name}-harness/harness.js"></script></head><body><div id="root"></div></body></html>`;
      // Registered after the fixture's routes, so these two answers come first; everything else
      // (the stylesheet, fonts, /attachment/<id>, anything a paste might try) still goes through
      // the shell's filter and the protocol's answer.
      await app.page.context().route(`${base}/**`, async (route) => {
        const isScript = route.request().url().endsWith('/harness.js');
        await route.fulfill({
          status: 200,
          headers: { ...headers, 'Content-Type': isScript ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8' },
          body: isScript ? script : page,
        });
      });
      await app.page.goto(`${base}/index.html?lang=${lang}`);
    },
  };
}
