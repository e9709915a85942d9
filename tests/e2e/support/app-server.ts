import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { APP_ORIGIN } from '../../../electron/main/security/app-origin';
import { answerAttachmentRequest, attachmentIdFromPath, type OpenForServing } from '../../../electron/core/attachments/http';
import { answerAppRequest } from '../../../electron/main/security/app-response';
import { securityHeaders } from '../../../electron/main/security/csp';
import { decideRequest, type RequestDecision } from '../../../electron/main/security/request-filter';

/**
 * Debian's Chromium cannot be given Electron's privileged `app:` scheme, so the page lives on a
 * made-up https origin (`.invalid` can never resolve; nothing is ever served from a socket) and
 * every request is translated onto `app://fieldnotes` before the shell's own code decides it.
 */
export const FAKE_ORIGIN = 'https://fieldnotes.app.invalid';
export const APP_URL = `${FAKE_ORIGIN}/index.html`;
export const RENDERER_DIR = resolve(import.meta.dirname, '../../../out/renderer');

/**
 * The fake origin → `app://fieldnotes`, by exact prefix (the trailing slash matters: a port,
 * credentials or `fieldnotes.app.invalid.evil.example` do not match). Any other URL is returned
 * unchanged, so it reaches decideRequest exactly as Chromium reported it, and is blocked there.
 */
export function toAppUrl(url: string): string {
  for (const prefix of ['', 'blob:']) {
    if (url.startsWith(`${prefix}${FAKE_ORIGIN}/`)) return `${prefix}${APP_ORIGIN}/${url.slice(prefix.length + FAKE_ORIGIN.length + 1)}`;
  }
  return url;
}

/** One routed request and what the shell's request filter made of it. */
export interface RequestRecord {
  /** As Chromium asked for it. */
  url: string;
  /** What decideRequest saw. */
  decidedOn: string;
  decision: RequestDecision;
  kind: 'http' | 'websocket';
  /** For allowed requests: the status the protocol handler's logic answered. */
  status?: number;
}

/**
 * Every request of the context goes through the same code as Electron's session and app
 * protocol (electron/main/session.ts, protocol.ts): decideRequest, then answerAppRequest.
 * Every decision is recorded so a test can assert that nothing outside the app was allowed.
 */
export async function serveRenderer(context: BrowserContext, record: (entry: RequestRecord) => void, openAttachment: OpenForServing): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`${RENDERER_DIR} is missing: run \`npx electron-vite build\` first`);
  }
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    const decidedOn = toAppUrl(url);
    const decision = decideRequest(decidedOn);
    if (decision === 'block') {
      record({ url, decidedOn, decision, kind: 'http' });
      await route.abort('blockedbyclient');
      return;
    }
    // Attachments: the same core answer as electron/main/protocol.ts (Range, no-store), collected
    // into one buffer because route.fulfill takes no stream.
    const attachmentId = attachmentIdFromPath(new URL(decidedOn).pathname);
    if (attachmentId !== null) {
      const answer = await answerAttachmentRequest(openAttachment, attachmentId, request.method(), (await request.headerValue('range')) ?? null);
      const parts: Buffer[] = [];
      for await (const part of answer.body ?? []) parts.push(part as Buffer);
      record({ url, decidedOn, decision, kind: 'http', status: answer.status });
      await route.fulfill({ status: answer.status, headers: { ...securityHeaders(), ...answer.headers }, body: Buffer.concat(parts) });
      return;
    }
    const answer = await answerAppRequest(RENDERER_DIR, request.method(), decidedOn);
    record({ url, decidedOn, decision, kind: 'http', status: answer.status });
    await route.fulfill({ status: answer.status, headers: answer.headers, ...(answer.body ? { body: answer.body } : {}) });
  });
  // Playwright does not pass WebSockets through route(); the same rule decides them here. The
  // CSP (connect-src 'self') normally stops them first; this is the second wall, as in Electron.
  await context.routeWebSocket(/.*/, (ws) => {
    const url = ws.url();
    const decidedOn = toAppUrl(url);
    const decision = decideRequest(decidedOn);
    record({ url, decidedOn, decision, kind: 'websocket' });
    // Never connectToServer(): even an 'allow' (impossible for ws:) would not reach a network.
    void ws.close({ code: 1008, reason: 'blocked' });
  });
}
