/**
 * The Content-Security-Policy the app protocol sends with every response (a header, so no
 * injected markup can weaken it the way a later <meta> could not). Threat: any script or
 * request an attacker manages to inject (a crafted note rendered unsafely, a compromised
 * dependency) must have nowhere to load from and nowhere to send a defender's name to.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'blob:'],
  // Audio and video attachments, served by app:// itself (decrypted as streamed).
  'media-src': ["'self'"],
  'font-src': ["'self'"],
  // The PDF viewer's reads of app://…/attachment/<id> (pdf.js fetches byte ranges). 'self' is
  // this app's own protocol only: still nowhere to send anything, which is the threat here.
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ["'none'"],
});

export function buildCsp(directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Parses a policy string into directive → sources (lower-cased names, first occurrence wins as in CSP3). */
export function parseCsp(policy: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name === undefined) continue;
    const key = name.toLowerCase();
    if (!result.has(key)) result.set(key, sources);
  }
  return result;
}

/**
 * Every other security header the app protocol sends. No caching (the non-persistent session
 * has no disk cache anyway), no MIME sniffing, no referrer, no cross-origin embedding, and a
 * Permissions-Policy that turns off the powerful features the permission handler also denies.
 */
export function securityHeaders() {
  return {
    'Content-Security-Policy': buildCsp(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cache-Control': 'no-store',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), bluetooth=(), payment=(), ' +
      'display-capture=(), clipboard-read=(), clipboard-write=(), fullscreen=(self), idle-detection=(), ' +
      'local-fonts=(), screen-wake-lock=(), publickey-credentials-get=()',
  };
}
