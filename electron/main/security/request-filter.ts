import { APP_HOST, APP_SCHEME, isAppUrl, parseUrl } from './app-origin';

export type RequestDecision = 'allow' | 'block';

/**
 * The zero-network rule, as one pure function. Threat: any request that leaves the laptop
 * (a remote font, an image in a pasted note, a WebSocket from a compromised dependency, a DNS
 * lookup, a form post) can disclose that Fieldnotes runs here and carry a defender's name out.
 *
 * Allowed, and nothing else:
 * - `app://fieldnotes/…` — the app's own files, served by its protocol handler;
 * - `blob:app://fieldnotes/…` — object URLs the renderer itself made (images shown from memory);
 * - `devtools:` only when `allowDevtools` is set (unpackaged developer builds; the window turns
 *   DevTools off in packaged builds).
 * Blocked: http, https, ws, wss, ftp, file (the app never loads from disk by URL, so there is no
 * "inside the app" file: URL to allow), data, chrome, chrome-extension, javascript, filesystem,
 * anything unparsable, and every other scheme.
 *
 * Used by the Electron session's `webRequest.onBeforeRequest` and by the e2e harness's
 * `page.route('**\/*')`, so the browser tests block with exactly this function.
 *
 * @param url the full request URL as Chromium reports it
 * @returns 'allow' or 'block'
 */
export function decideRequest(url: string, options: { allowDevtools?: boolean } = {}): RequestDecision {
  if (isAppUrl(url)) return 'allow';
  const parsed = parseUrl(url);
  if (parsed === null) return 'block';
  if (parsed.protocol === 'blob:') {
    // A blob URL carries its creator's origin: blob:app://fieldnotes/<uuid>.
    const inner = url.slice('blob:'.length);
    return inner.startsWith(`${APP_SCHEME}://${APP_HOST}/`) && isAppUrl(inner) ? 'allow' : 'block';
  }
  if (parsed.protocol === 'devtools:' && options.allowDevtools === true) return 'allow';
  return 'block';
}
