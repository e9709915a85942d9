import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCsp, parseCsp, securityHeaders } from '../../../electron/main/security/csp';

describe('the Content-Security-Policy header', () => {
  const policy = parseCsp(securityHeaders()['Content-Security-Policy']);

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'blob:']],
    ['media-src', ["'self'"]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['require-trusted-types-for', ["'script'"]],
    ['trusted-types', ["'none'"]],
  ])('%s is exactly %j', (directive, sources) => {
    expect(policy.get(directive)).toEqual(sources);
  });

  it('has no other directive and nothing that weakens it', () => {
    expect([...policy.keys()]).toHaveLength(13);
    const text = buildCsp();
    for (const weak of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", 'data:', 'http:', 'https:', '*', 'ws:']) {
      expect(text.split(/[\s;]+/)).not.toContain(weak);
    }
  });

  it('parses like a browser: first occurrence of a directive wins', () => {
    const parsed = parseCsp("script-src 'self'; script-src 'unsafe-inline' ; IMG-SRC blob:");
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(parsed.get('img-src')).toEqual(['blob:']);
  });

  it('sends the other security headers', () => {
    const headers = securityHeaders();
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Cache-Control']).toBe('no-store');
    expect(headers['Permissions-Policy']).toContain('camera=()');
    expect(headers['Permissions-Policy']).toContain('microphone=()');
    expect(headers['Permissions-Policy']).toContain('geolocation=()');
  });
});

describe('the renderer’s own <meta> CSP', () => {
  it('agrees with the header on every directive it declares (frame-ancestors is header-only)', () => {
    const html = readFileSync(join(import.meta.dirname, '..', '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta, 'renderer/index.html declares a CSP').toBeDefined();
    const header = parseCsp(buildCsp());
    const declared = parseCsp(meta ?? '');
    for (const [directive, sources] of declared) expect(header.get(directive), directive).toEqual(sources);
    expect([...header.keys()].filter((d) => !declared.has(d))).toEqual(['frame-ancestors']);
  });
});
