import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerAppRequest } from '../../../electron/main/security/app-response';

function rendererRoot(): string {
  const parent = mkdtempSync(join(tmpdir(), 'fieldnotes-protocol-'));
  const root = join(parent, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(parent, 'preferences.json'), '{"secret":true}');
  return root;
}

describe('answerAppRequest (the app:// protocol and the e2e harness)', () => {
  it('serves a renderer file with its type and the CSP', async () => {
    const answer = await answerAppRequest(rendererRoot(), 'GET', 'app://fieldnotes/assets/app.js');
    expect(answer.status).toBe(200);
    expect(answer.body?.toString()).toBe('export {};');
    expect(answer.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers['Content-Security-Policy']).toContain("default-src 'none'");
  });

  it('keeps the security headers on refusals and errors, with no body', async () => {
    const root = rendererRoot();
    for (const [method, url, status] of [
      ['POST', 'app://fieldnotes/index.html', 405],
      ['GET', 'app://fieldnotes/..%2fpreferences.json', 403],
      ['GET', 'app://fieldnotes/missing.js', 404],
      ['GET', 'https://fieldnotes/index.html', 403],
    ] as const) {
      const answer = await answerAppRequest(root, method, url);
      expect(answer.status, url).toBe(status);
      expect(answer.body, url).toBeNull();
      expect(answer.headers['Content-Security-Policy'], url).toContain("default-src 'none'");
    }
  });
});
