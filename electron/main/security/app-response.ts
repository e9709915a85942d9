import { readFile } from 'node:fs/promises';
import { securityHeaders } from './csp';
import { resolveAppRequest } from './protocol-path';

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
}

/**
 * The whole answer of the app:// protocol to one request: GET/HEAD only, the resolver's
 * refusal status, the file's bytes, and the security headers (CSP included) on every answer,
 * errors too. No 'electron' import: the protocol handler and the e2e harness both call this,
 * so the browser tests are served by exactly the app's logic.
 */
export async function answerAppRequest(rootDir: string, method: string, url: string): Promise<AppResponse> {
  const headers = securityHeaders();
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, headers, body: null };
  const resolved = resolveAppRequest(rootDir, url);
  if (resolved.kind === 'refused') return { status: resolved.status, headers, body: null };
  try {
    const body = await readFile(resolved.path);
    return { status: 200, headers: { ...headers, 'Content-Type': resolved.mimeType }, body };
  } catch {
    return { status: 404, headers, body: null };
  }
}
