import { Readable } from 'node:stream';
import { protocol, type Session } from 'electron';
import { answerAttachmentRequest, attachmentIdFromPath, type OpenForServing } from '../core/attachments/http';
import { APP_SCHEME } from './security/app-origin';
import { answerAppRequest } from './security/app-response';
import { securityHeaders } from './security/csp';

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
 * net.fetch of file://, which the request filter blocks anyway. /attachment/<id> serves an
 * attachment's decrypted bytes with Range support (core/attachments/http.ts).
 */
export function serveAppProtocol(ses: Session, rendererRoot: string, openAttachment: OpenForServing): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    // An attachment is decrypted into the response as it is read: nothing reaches the disk.
    const attachmentId = attachmentIdFromPath(new URL(request.url).pathname);
    if (attachmentId !== null) {
      const answer = await answerAttachmentRequest(openAttachment, attachmentId, request.method, request.headers.get('range'));
      const body = answer.body ? (Readable.toWeb(answer.body) as ReadableStream<Uint8Array>) : null;
      return new Response(body, { status: answer.status, headers: { ...securityHeaders(), ...answer.headers } });
    }
    const answer = await answerAppRequest(rendererRoot, request.method, request.url);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  });
}
