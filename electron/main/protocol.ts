import { protocol, type Session } from 'electron';
import { APP_SCHEME } from './security/app-origin';
import { answerAppRequest } from './security/app-response';

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
 * Serves out/renderer through app:// on the window's own session (answerAppRequest: strict CSP
 * and the other security headers on every response). Files are read directly, never through
 * net.fetch of file://, which the request filter blocks anyway.
 */
export function serveAppProtocol(ses: Session, rendererRoot: string): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const answer = await answerAppRequest(rendererRoot, request.method, request.url);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  });
}
