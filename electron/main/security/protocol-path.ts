import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_ENTRY_URL, isAppUrl, parseUrl } from './app-origin';

/**
 * The only file types the renderer bundle contains. Anything else (source maps, dotfiles,
 * a stray .node or .json) is refused rather than served with a guessed type.
 */
export const MIME_TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
});

export type ProtocolResolution =
  | { kind: 'file'; path: string; mimeType: string }
  | { kind: 'refused'; status: 400 | 403 | 404; reason: string };

/**
 * Maps an `app://fieldnotes/…` request to a file under `rootDir` (out/renderer), or refuses.
 * Threat: a crafted URL (`..`, `%2e%2e`, `%2f`, backslashes, NUL, absolute or UNC paths) that
 * would read the vault, the preferences or any other file of the user's through the protocol.
 * Pure: does not touch the disk; the handler still reads only what this returns.
 */
export function resolveAppRequest(rootDir: string, requestUrl: string): ProtocolResolution {
  if (!isAppUrl(requestUrl)) return { kind: 'refused', status: 403, reason: 'not the app origin' };
  const parsed = parseUrl(requestUrl);
  if (parsed === null) return { kind: 'refused', status: 400, reason: 'unparsable' };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { kind: 'refused', status: 400, reason: 'bad percent-encoding' };
  }
  if (pathname === '/' || pathname === '') pathname = new URL(APP_ENTRY_URL).pathname;
  // Refuse rather than normalise: a legitimate bundle URL never contains any of these.
  if (/[\\\0:]/.test(pathname)) return { kind: 'refused', status: 400, reason: 'forbidden character' };
  const segments = pathname.split('/').slice(1);
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.startsWith('.'))) {
    return { kind: 'refused', status: 403, reason: 'forbidden path segment' };
  }
  const root = resolve(rootDir);
  const target = resolve(root, ...segments);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
    return { kind: 'refused', status: 403, reason: 'outside the app' };
  }
  const mimeType = MIME_TYPES[extname(target).toLowerCase()];
  if (mimeType === undefined) return { kind: 'refused', status: 404, reason: 'type not served' };
  return { kind: 'file', path: target, mimeType };
}
