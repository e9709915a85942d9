import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppRequest } from '../../../electron/main/security/protocol-path';

// A real renderer folder with a secret file beside it: every refusal is checked against the disk.
let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'fieldnotes-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Fieldnotes</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'index-abc.js.map'), '{}');
  writeFileSync(join(root, '.env'), 'SECRET=1');
  mkdirSync(join(base, 'vault'));
  writeFileSync(join(base, 'vault', 'notebook.db'), 'not for the renderer');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveAppRequest', () => {
  it('serves the entry page for / and /index.html', () => {
    for (const url of ['app://fieldnotes/', 'app://fieldnotes/index.html', 'app://fieldnotes/index.html?x=1#/notes']) {
      const result = resolveAppRequest(root, url);
      expect(result).toEqual({ kind: 'file', path: join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
      if (result.kind === 'file') expect(readFileSync(result.path, 'utf8')).toContain('Fieldnotes');
    }
  });

  it('serves a bundled script with a JavaScript type', () => {
    const result = resolveAppRequest(root, 'app://fieldnotes/assets/index-abc.js');
    expect(result).toMatchObject({ kind: 'file', mimeType: 'text/javascript; charset=utf-8' });
    if (result.kind === 'file') expect(existsSync(result.path)).toBe(true);
  });

  it('serves the bundled Arabic font as woff2 (CSP font-src \'self\' admits it: nothing comes from a network)', () => {
    const result = resolveAppRequest(root, 'app://fieldnotes/assets/noto-sans-arabic-arabic-wght-normal-BhzieyvS.woff2');
    expect(result).toEqual({ kind: 'file', path: join(root, 'assets', 'noto-sans-arabic-arabic-wght-normal-BhzieyvS.woff2'), mimeType: 'font/woff2' });
  });

  it.each([
    ['dot-dot', 'app://fieldnotes/../vault/notebook.db'],
    ['encoded dot-dot', 'app://fieldnotes/%2e%2e/vault/notebook.db'],
    ['encoded slash', 'app://fieldnotes/assets%2f..%2f..%2fvault%2fnotebook.db'],
    ['double-encoded', 'app://fieldnotes/%252e%252e/vault/notebook.db'],
    ['backslash', 'app://fieldnotes/..%5cvault%5cnotebook.db'],
    ['NUL byte', 'app://fieldnotes/index.html%00.js'],
    ['drive letter', 'app://fieldnotes/C:%5cWindows%5cwin.ini'],
    ['dotfile', 'app://fieldnotes/.env'],
    ['source map', 'app://fieldnotes/assets/index-abc.js.map'],
    ['empty segment', 'app://fieldnotes//etc/passwd'],
    ['bad escape', 'app://fieldnotes/%E0%A4%A'],
    ['other host', 'app://evil/index.html'],
    ['other scheme', 'file:///etc/passwd'],
    ['https', 'https://fieldnotes/index.html'],
  ])('refuses %s', (_name, url) => {
    const result = resolveAppRequest(root, url);
    expect(result.kind).toBe('refused');
  });

  it('never resolves outside the root, whatever the input', () => {
    const attempts = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '..%2f', '..%5c', '%c0%ae%c0%ae'];
    for (const a of attempts) {
      for (const url of [`app://fieldnotes/${a}/vault/notebook.db`, `app://fieldnotes/assets/${a}/${a}/vault/notebook.db`]) {
        const result = resolveAppRequest(root, url);
        if (result.kind === 'file') expect(result.path.startsWith(root)).toBe(true);
      }
    }
  });
});
