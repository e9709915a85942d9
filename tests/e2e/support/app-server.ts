import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { BrowserContext } from '@playwright/test';

/** A made-up origin (`.invalid` can never resolve): the page is served from memory, never a socket. */
export const APP_ORIGIN = 'https://fieldnotes.app.invalid';
export const APP_URL = `${APP_ORIGIN}/index.html`;
export const RENDERER_DIR = resolve(import.meta.dirname, '../../../out/renderer');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export type Decision = { kind: 'serve'; file: string } | { kind: 'block' };

/**
 * The harness's whole allow/deny rule, in one function so the shell's shared request filter
 * (electron/main/security/request-filter.ts, which speaks app://) can replace it later.
 * Allowed: files of the built renderer on the fake app origin. Everything else is blocked.
 */
export function decideRequest(url: string): Decision {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'block' };
  }
  if (parsed.origin !== APP_ORIGIN || parsed.username || parsed.password) return { kind: 'block' };
  const path = parsed.pathname === '/' ? '/index.html' : decodeURIComponent(parsed.pathname);
  const file = normalize(join(RENDERER_DIR, path));
  // No escaping the build folder with ../ or encoded separators.
  if (!file.startsWith(RENDERER_DIR + sep) || !existsSync(file)) return { kind: 'block' };
  return { kind: 'serve', file };
}

/** The CSP the built page declares, sent also as a header (as the app protocol does). */
export function builtCsp(): string {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('out/renderer/index.html has no CSP meta; run `npx electron-vite build`');
  return match[1];
}

/**
 * Routes every request of the context: built files are fulfilled from disk, everything else
 * is aborted and reported, because the app must never ask for anything off the laptop.
 */
export async function serveRenderer(context: BrowserContext, blocked: string[]): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`${RENDERER_DIR} is missing: run \`npx electron-vite build\` first`);
  }
  const csp = builtCsp();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const decision = decideRequest(url);
    if (decision.kind === 'block') {
      blocked.push(url);
      await route.abort('blockedbyclient');
      return;
    }
    await route.fulfill({
      status: 200,
      body: readFileSync(decision.file),
      headers: {
        'Content-Type': CONTENT_TYPES[extname(decision.file)] ?? 'application/octet-stream',
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    });
  });
}
