import type { Page } from '@playwright/test';
import { docFromPlainText, plainTextOf, richDocSchema, type RichDoc } from '../../shared/domain/rich-text';
import { expectNoAxeViolations } from './support/axe';
import { messages, PASSPHRASE } from './support/flows';
import { expect, test, type App } from './support/fixtures';
import { harnessPage } from './support/harness-page';
import type { RichTextProbe } from './support/rich-text-harness';
import { core, meetingInput } from './support/seed';

/*
 * The RichTextEditor in real Chromium, under the app's own CSP and Trusted Types policy
 * (securityHeaders) and the app's built stylesheet. No entry editor carries it yet, so the
 * harness page mounts it alone; the saved text then goes through the real core and search.
 */

const harness = harnessPage('rich-text', 'Rich text');
test.beforeAll(() => harness.build());

async function openHarness(app: App, lang: 'en' | 'ar', initial?: { doc: RichDoc; readOnly: boolean }): Promise<void> {
  if (initial) await app.page.addInitScript((value) => (window.richTextInitial = value), initial);
  await harness.open(app, lang);
}

const probe = (page: Page): Promise<RichTextProbe> => page.evaluate(() => window.richTextProbe);

async function paste(page: Page, html: string, text: string): Promise<void> {
  await page.locator('#body').evaluate(
    (editor, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', data.html);
      transfer.setData('text/plain', data.text);
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

const HOSTILE_HTML =
  '<meta charset="utf-8"><h3 style="color:red" onclick="window.pwned=1">Pasted heading</h3><script>window.pwned=2</script>' +
  '<img src="https://evil.example/pixel.png" onerror="window.pwned=3"><iframe src="https://evil.example/frame"></iframe>' +
  '<p style="position:fixed;inset:0">Pasted <a href="javascript:window.pwned=4">bad link</a> and <a href="https://example.org/report" target="_blank" onclick="window.pwned=5">good link</a></p>' +
  '<ul><li><span style="background:url(https://evil.example/bg)">pasted item</span></li></ul><svg><script>window.pwned=6</script></svg>';

for (const lang of ['en', 'ar'] as const) {
  test(`rich text: headings, lists and emphasis in English and Arabic, hostile paste cleaned, links never followed, saved text searchable (${lang})`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    await ctx.vault.create(PASSPHRASE);
    await openHarness(app, lang);

    const editor = page.getByRole('textbox', { name: m['editor.body'] });
    const toolbar = page.getByRole('toolbar', { name: m['richText.toolbar'] });
    await editor.click();
    await toolbar.getByRole('button', { name: m['richText.heading'], exact: true }).click();
    await page.keyboard.type('Hearing of 14 March');
    await page.keyboard.press('Enter');
    await toolbar.getByRole('button', { name: m['richText.bulletList'] }).click();
    await page.keyboard.type('Access to counsel denied');
    await page.keyboard.press('Enter');
    await page.keyboard.type('مُنع المحامي من الدخول');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('تأجلت الجلسة إلى الشهر المقبل');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The defender said: ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('لن نتوقف');
    await page.keyboard.press('Control+b');

    await expect(editor.locator('h2')).toHaveText('Hearing of 14 March');
    await expect(editor.locator('ul > li')).toHaveText(['Access to counsel denied', 'مُنع المحامي من الدخول']);
    await expect(editor.locator('strong')).toHaveText('لن نتوقف');
    await expect(toolbar.getByRole('button', { name: m['richText.bold'] })).toHaveAttribute('aria-pressed', 'false');

    // Each block starts on the side of its own text, whatever the interface language; a list
    // item's marker goes with it.
    const startSide = (text: string) =>
      editor
        .locator('p, h2')
        .filter({ hasText: text })
        .first()
        .evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const words = range.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          return words.left - box.left < box.right - words.right ? 'left' : 'right';
        });
    expect(await startSide('Hearing of')).toBe('left');
    expect(await startSide('Access to counsel')).toBe('left');
    expect(await startSide('مُنع المحامي')).toBe('right');
    expect(await startSide('تأجلت الجلسة')).toBe('right');
    expect(await startSide('The defender said')).toBe('left');
    const itemDirection = (text: string) => editor.locator('li').filter({ hasText: text }).evaluate((el) => getComputedStyle(el).direction);
    expect(await itemDirection('Access to counsel')).toBe('ltr');
    expect(await itemDirection('مُنع المحامي')).toBe('rtl');

    // Hostile HTML: only the schema's nodes and marks survive; nothing runs, loads or keeps a style.
    await editor.press('Control+End');
    await page.keyboard.press('Enter');
    await paste(page, HOSTILE_HTML, 'Pasted heading');
    await expect(editor.locator('h3')).toHaveText('Pasted heading');
    await expect(editor.locator('li').filter({ hasText: 'pasted item' })).toHaveCount(1);
    expect(await editor.locator('script, img:not(.ProseMirror-separator), iframe, svg, [style], [onclick], a[target]').count()).toBe(0);
    await expect(editor.locator('a')).toHaveCount(1);
    await expect(editor.getByRole('link', { name: 'good link' })).toHaveAttribute('href', 'https://example.org/report');
    await expect(editor.locator('p').filter({ hasText: 'bad link' })).toHaveCount(1);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();

    // A link is never followed: a plain click only places the caret, Ctrl+click only asks the caller.
    const url = page.url();
    await editor.getByRole('link', { name: 'good link' }).click();
    expect((await probe(page)).opened).toEqual([]);
    await editor.getByRole('link', { name: 'good link' }).click({ modifiers: ['Control'] });
    expect((await probe(page)).opened).toEqual(['https://example.org/report']);
    await editor.getByRole('link', { name: 'good link' }).click({ button: 'middle' });
    expect(page.url()).toBe(url);
    expect(page.context().pages()).toHaveLength(1);
    expect(app.desktop.opened).toEqual([]);

    // The link form refuses a javascript: address and takes an https one.
    await editor.press('Control+End');
    await page.keyboard.type(' source');
    await page.keyboard.press('Shift+Control+ArrowLeft');
    await page.keyboard.press('Control+k');
    const address = page.getByLabel(m['richText.linkAddress']);
    await address.fill('javascript:alert(1)');
    await address.press('Enter');
    await expect(page.getByText(m['richText.linkInvalid'])).toBeVisible();
    await address.fill('https://example.org/source');
    await address.press('Enter');
    await expect(editor.getByRole('link', { name: 'source' })).toHaveAttribute('href', 'https://example.org/source');

    // What the caller stores: a valid portable document, and its plain text.
    const { doc, plain } = await probe(page);
    const stored = richDocSchema.parse(doc);
    expect(plainTextOf(stored)).toBe(plain);
    expect(plain).toBe(
      [
        'Hearing of 14 March',
        'Access to counsel denied',
        'مُنع المحامي من الدخول',
        'تأجلت الجلسة إلى الشهر المقبل',
        'The defender said: لن نتوقف',
        'Pasted heading',
        'Pasted bad link and good link <https://example.org/report>',
        'pasted item source <https://example.org/source>',
      ].join('\n'),
    );

    // Saved as an entry's body, the plain text is found by search, Arabic normalised as ever.
    await core(ctx, 'entry:create', { entry: meetingInput('Rich text', plain) });
    for (const query of ['المحامى', 'counsel', 'pasted item']) {
      const result = (await core(ctx, 'search:query', { query })) as { total: number };
      expect(result.total, query).toBe(1);
    }

    await expectNoAxeViolations(page);
    await expectNoAxeViolations(page, { seriousOnly: true });
    await app.screenshot(lang, 'rich-text-editor');
  });
}

test('rich text: the toolbar is one Tab stop, arrows move along it in reading order (ar: right to left)', async ({ app }) => {
  const { page } = app;
  const m = messages.ar;
  await openHarness(app, 'ar');
  const toolbar = page.getByRole('toolbar', { name: m['richText.toolbar'] });
  const heading = toolbar.getByRole('button', { name: m['richText.heading'], exact: true });
  await heading.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(toolbar.getByRole('button', { name: m['richText.subheading'] })).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: m['richText.link'] })).toBeFocused();
  await expect(toolbar.locator('button[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: m['editor.body'] })).toBeFocused();
});

test('rich text: a stored document opens as it was saved; read-only, a click asks the caller to open the link and nothing is editable', async ({ app }) => {
  const { page } = app;
  const m = messages.ar;
  const stored = richDocSchema.parse({
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'المحاكمة' }] },
      { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'البند الثالث' }] }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'التقرير', marks: [{ type: 'link', attrs: { href: 'https://example.org/ar' } }] }] },
      ...docFromPlainText('An older note\nwritten as plain text').content,
    ],
  });
  await openHarness(app, 'ar', { doc: stored, readOnly: true });

  const editor = page.getByRole('textbox', { name: m['editor.body'] });
  await expect(editor).toHaveAttribute('aria-readonly', 'true');
  await expect(editor.locator('h2')).toHaveText('المحاكمة');
  await expect(editor.locator('ol')).toHaveAttribute('start', '3');
  await expect(editor.locator('p')).toHaveText(['البند الثالث', 'التقرير', 'An older note', 'written as plain text']);
  await expect(page.getByRole('toolbar')).toHaveCount(0);

  const link = editor.getByRole('link', { name: 'التقرير' });
  await expect(link).toHaveAttribute('title', 'https://example.org/ar');
  await link.click();
  expect((await probe(page)).opened).toEqual(['https://example.org/ar']);
  expect(app.desktop.opened).toEqual([]);

  await editor.click();
  await page.keyboard.type('typed');
  await expect(editor).not.toContainText('typed');
  expect((await probe(page)).doc).toBeNull();
  await expectNoAxeViolations(page, { seriousOnly: true });
});
