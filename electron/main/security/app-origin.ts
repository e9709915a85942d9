/**
 * The app's own origin. The renderer is served from `app://fieldnotes/…` by a privileged
 * custom protocol; this is the only origin that may run code, call IPC or be loaded at all.
 * Plain constants (no 'electron' import) so tests and the e2e harness share them.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fieldnotes';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Parses a URL string; `null` for anything unparsable (callers treat that as hostile). */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` is on the app's own origin. Compared by scheme and host, not `URL.origin`:
 * WHATWG gives non-special schemes an opaque origin ("null") in Node, so comparing origins
 * would wrongly treat every non-special URL as the same. Credentials or a port on an app URL
 * never occur legitimately and are refused.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
