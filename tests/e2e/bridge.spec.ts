import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RENDERER_DIR } from './support/app-server';
import { createVault } from './support/flows';
import { expect, test } from './support/fixtures';

test('the built page has no inline script or style', () => {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  expect(html).not.toMatch(/<style\b/i);
  expect(html).not.toMatch(/\sstyle=/i);
  expect(html).toContain("require-trusted-types-for 'script'");
});

test('the page sees exactly the preload API, and the browser stores nothing', async ({ app }) => {
  const { page } = app;
  await app.open();
  const shape = await page.evaluate(() => {
    const api = (window as unknown as { fieldnotes: Record<string, unknown> }).fieldnotes;
    return {
      keys: Object.keys(api).sort(),
      frozen: Object.isFrozen(api),
      // Our raw binding must be gone. (Playwright keeps an internal __playwright__binding__ of its
      // own, which does not exist in Electron and is not ours to hide.)
      rawBindingVisible: Object.getOwnPropertyNames(window).filter((name) => /fieldnotes/i.test(name)),
    };
  });
  expect(shape).toEqual({ keys: ['dropFile', 'invoke', 'on'], frozen: true, rawBindingVisible: ['fieldnotes'] });
  const unknown = await page.evaluate(() =>
    (window as unknown as { fieldnotes: { invoke(c: string, p: unknown): Promise<unknown> } }).fieldnotes.invoke('fs:read', {}),
  );
  expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  // The drop channel takes a path: only the preload's dropFile may send it, never the page.
  const byPath = await page.evaluate(() =>
    (window as unknown as { fieldnotes: { invoke(c: string, p: unknown): Promise<unknown> } }).fieldnotes.invoke('attachment:drop', { path: '/etc/passwd' }),
  );
  expect(byPath).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'Unknown channel.' } });

  await createVault(page, 'en');
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    cookies: document.cookie,
  }));
  expect(stored).toEqual({ local: 0, session: 0, databases: 0, cookies: '' });
});
