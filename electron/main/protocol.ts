import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { securityHeaders } from './security/csp';
import { APP_SCHEME } from './security/app-origin';
import { resolveAppRequest } from './security/protocol-path';

/**
 * Must run before `ready`. `standard` gives app:// a real origin (so 'self' in the CSP and the
 * IPC sender check mean something); `secure` makes it a secure context. No bypassCSP, no
 * service workers, no stream or code-cache privileges: the renderer needs none of them.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false } },
  ]);
}

/**
 * Serves out/renderer through app:// on the window's own session, with the strict CSP and the
 * other security headers on every response. Files are read directly (no net.fetch of file://,
 * which the request filter blocks anyway); any path the resolver refuses gets an empty error.
 */
export function serveAppProtocol(ses: Session, rendererRoot: string): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const headers = securityHeaders();
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers });
    const resolved = resolveAppRequest(rendererRoot, request.url);
    if (resolved.kind === 'refused') return new Response(null, { status: resolved.status, headers });
    try {
      const body = await readFile(resolved.path);
      return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': resolved.mimeType } });
    } catch {
      return new Response(null, { status: 404, headers });
    }
  });
}
