import { APP_ENTRY_URL, isAppUrl, parseUrl } from './app-origin';

export type NavigationDecision = 'allow' | 'deny';

/**
 * `will-navigate`, `will-redirect`, `will-frame-navigate`: the window may only ever show the
 * app's own entry page. Threat: a link or script that navigates the window to a remote page
 * would hand that page our preload bridge (the vault API); a navigation to another app:// path
 * could load something that is not the app shell. Hash changes do not fire these events.
 */
export function decideNavigation(targetUrl: string): NavigationDecision {
  if (!isAppUrl(targetUrl)) return 'deny';
  const parsed = parseUrl(targetUrl);
  if (parsed === null) return 'deny';
  return parsed.pathname === '/' || parsed.pathname === new URL(APP_ENTRY_URL).pathname ? 'allow' : 'deny';
}

/**
 * `setWindowOpenHandler`: no new windows, ever (window.open, target=_blank, middle-click).
 * Opening links in the system browser is off; a later setting may allow it only after an
 * explicit confirmation naming the full address, and that lives outside this function.
 */
export function decideWindowOpen(_url: string): 'deny' {
  return 'deny';
}
