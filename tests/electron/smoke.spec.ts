import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { sensitiveClipboardEntries } from '../../electron/main/security/clipboard-marks';
import { buildCsp } from '../../electron/main/security/csp';
import { findElectronBinary } from './electron-binary';

const binary = findElectronBinary();
if (binary.path === null) {
  // The list reporter does not print skip reasons: say it here, once.
  console.log(`[electron smoke] skipped: ${binary.reason}`);
}

test.describe('Electron shell smoke test', () => {
  test.skip(binary.path === null, binary.path === null ? binary.reason : '');

  let app: ElectronApplication;
  let page: Page;
  let home: string;

  test.beforeAll(async () => {
    // A throwaway profile: userData (and so the vault) lands under this folder on every OS.
    home = mkdtempSync(join(tmpdir(), 'fieldnotes-electron-'));
    app = await electron.launch({
      executablePath: binary.path ?? '',
      args: [resolve(import.meta.dirname, '..', '..')],
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: join(home, 'AppData') },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    rmSync(home, { recursive: true, force: true });
  });

  test('loads the app from app:// with a fixed title', async () => {
    expect(page.url()).toBe('app://fieldnotes/index.html');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()))).toEqual(['Fieldnotes']);
  });

  test('the page has the bridge and nothing else: no Node, frozen API, no <webview>', async () => {
    const surface = await page.evaluate(() => {
      const api = (window as unknown as Record<string, unknown>).fieldnotes as Record<string, unknown>;
      return {
        keys: Object.keys(api).sort(),
        frozen: Object.isFrozen(api),
        require: typeof (window as unknown as Record<string, unknown>).require,
        process: typeof (window as unknown as Record<string, unknown>).process,
        webview: document.createElement('webview').constructor.name,
      };
    });
    expect(surface).toEqual({ keys: ['invoke', 'on'], frozen: true, require: 'undefined', process: 'undefined', webview: 'HTMLUnknownElement' });
  });

  test('IPC answers the app and validates input', async () => {
    const status = await page.evaluate(() => (window as unknown as { fieldnotes: { invoke(c: string, p?: unknown): Promise<unknown> } }).fieldnotes.invoke('vault:status', {}));
    expect(status).toMatchObject({ ok: true, value: { state: 'absent' } });
    const bad = await page.evaluate(() => (window as unknown as { fieldnotes: { invoke(c: string, p?: unknown): Promise<unknown> } }).fieldnotes.invoke('vault:unlock', { passphrase: 42 }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  test('the session is in memory, spell-check is off, the renderer is sandboxed', async () => {
    const facts = await app.evaluate(({ BrowserWindow, session }) => {
      const ses = session.fromPartition('fieldnotes');
      return {
        persistent: ses.isPersistent(),
        spellcheck: ses.isSpellCheckerEnabled(),
        rendererPid: BrowserWindow.getAllWindows()[0]?.webContents.getOSProcessId() ?? -1,
      };
    });
    expect(facts.persistent).toBe(false);
    expect(facts.spellcheck).toBe(false);
    if (process.platform === 'linux') {
      // seccomp-bpf filter mode: the renderer runs inside Chromium's sandbox.
      expect(readFileSync(`/proc/${facts.rendererPid}/status`, 'utf8')).toMatch(/^Seccomp:\s+2$/m);
    }
  });

  test('the app protocol sends the strict CSP header and refuses traversal', async () => {
    const result = await app.evaluate(async ({ session }) => {
      const ses = session.fromPartition('fieldnotes');
      const index = await ses.fetch('app://fieldnotes/index.html');
      const traversal = await ses.fetch('app://fieldnotes/..%2f..%2fpackage.json');
      return { csp: index.headers.get('content-security-policy'), type: index.headers.get('content-type'), traversal: traversal.status };
    });
    expect(result.csp).toBe(buildCsp());
    expect(result.type).toContain('text/html');
    expect(result.traversal).toBeGreaterThanOrEqual(400);
  });

  test('an outside request is blocked by the session filter, not only by the CSP', async () => {
    const mainSide = await app.evaluate(async ({ session }) => {
      try {
        await session.fromPartition('fieldnotes').fetch('https://example.org/');
        return 'fetched';
      } catch (error) {
        return String(error);
      }
    });
    expect(mainSide).not.toBe('fetched');
    const pageSide = await page.evaluate(
      () =>
        new Promise<string>((done) => {
          const img = new Image();
          img.onload = () => done('loaded');
          img.onerror = () => done('blocked');
          img.src = 'https://example.org/pixel.png';
        }),
    );
    expect(pageSide).toBe('blocked');
  });

  test('Ctrl+C and Edit → Copy go through the guard: marked copies; nothing out of a password field', async () => {
    const markers = Object.keys(sensitiveClipboardEntries('', process.platform)).filter((type) => type !== 'text/plain');
    const clipboardState = () =>
      app.evaluate(async ({ clipboard }, types) => ({ text: await clipboard.readText(), markers: await Promise.all(types.map((type) => clipboard.has(type))) }), markers);
    const selectHeading = () =>
      page.evaluate(() => {
        const heading = document.querySelector('h1');
        if (heading !== null) getSelection()?.selectAllChildren(heading);
        return getSelection()?.toString() ?? '';
      });

    await app.evaluate(({ clipboard }) => clipboard.writeText('before'));
    const heading = await selectHeading();
    expect(heading.length).toBeGreaterThan(0);
    await page.keyboard.press('ControlOrMeta+C');
    await expect.poll(clipboardState).toEqual({ text: heading, markers: markers.map(() => true) });

    await app.evaluate(({ clipboard }) => clipboard.writeText('before'));
    await selectHeading();
    await app.evaluate(({ Menu }) => {
      Menu.getApplicationMenu()?.getMenuItemById('edit-copy')?.click();
    });
    await expect.poll(clipboardState).toEqual({ text: heading, markers: markers.map(() => true) });

    // Chromium never copies out of a password field; neither does the main process's Copy.
    await app.evaluate(({ clipboard }) => clipboard.writeText('before'));
    const passphrase = page.locator('input[type="password"]').first();
    await passphrase.fill('correct horse battery staple');
    await passphrase.selectText();
    await page.keyboard.press('ControlOrMeta+C');
    await app.evaluate(({ Menu }) => {
      Menu.getApplicationMenu()?.getMenuItemById('edit-copy')?.click();
    });
    expect((await clipboardState()).text).toBe('before');
    await app.evaluate(({ clipboard }) => clipboard.clear());
  });

  test('navigation away and window.open are refused', async () => {
    await page.evaluate(() => {
      window.open('https://example.org/', '_blank');
      window.location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://fieldnotes/index.html');
    expect(app.windows()).toHaveLength(1);
  });
});

test.describe('Electron launch refusal', () => {
  test.skip(binary.path === null, binary.path === null ? binary.reason : '');

  test('an installed build started with a debugging or sandbox switch exits before any window or vault', async () => {
    const home = mkdtempSync(join(tmpdir(), 'fieldnotes-refusal-'));
    try {
      // ELECTRON_FORCE_IS_PACKAGED makes Electron's binary report isPackaged, as an install does.
      // Switches without a network side effect: the suite runs with connect() and bind() traced.
      const child = spawn(binary.path ?? '', [resolve(import.meta.dirname, '..', '..'), '--js-flags=--no-opt', '/DISABLE-WEB-SECURITY'], {
        env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: join(home, 'AppData'), ELECTRON_FORCE_IS_PACKAGED: 'true' },
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      const code = await new Promise<number | null>((done) => child.on('exit', done));
      expect(code).toBe(2);
      expect(stderr).toContain('(debugging, sandbox or isolation turned off)');
      expect(stderr).toContain('تصحيح الأخطاء');
      expect(stderr).not.toContain('no-opt');
      for (const folder of [join(home, '.config', 'Fieldnotes', 'vault'), join(home, 'AppData', 'Fieldnotes', 'vault')]) expect(existsSync(folder)).toBe(false);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
