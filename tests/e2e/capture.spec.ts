import { messages, PASSPHRASE, type Lang } from './support/flows';
import { expect, test, type App } from './support/fixtures';
import { core, meetingInput } from './support/seed';
import { expectNoAxeViolations } from './support/axe';
import { expectBody } from './support/rich-body';


async function openNotebook(app: App, lang: Lang): Promise<void> {
  app.ctx.preferences.set({ language: lang });
  await app.ctx.vault.create(PASSPHRASE);
  await app.open();
  await expect(app.page.getByRole('heading', { name: messages[lang]['list.heading'] })).toBeVisible();
}

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: Ctrl+N opens a new note dated now (the injected clock) with the cursor in its title; Ctrl+S saves; an empty title takes the focus`, async ({ app }) => {
    const m = messages[lang];
    const { page, ctx } = app;
    // The page's clock, as the harness injects it: Date is fixed, timers still run. 07:30 UTC is
    // 10:30 in the browser's time zone (Asia/Riyadh, playwright.config.ts).
    await page.clock.setFixedTime(new Date('2026-03-14T07:30:00Z'));
    await openNotebook(app, lang);

    await page.keyboard.press('Control+n');
    const title = page.getByLabel(m['editor.title'], { exact: true });
    await expect(title).toBeFocused();
    // The date reads in the interface's language and digits, in the list's order, not the OS's.
    const date = page.getByRole('group', { name: m['editor.occurredAt'] });
    // Latin digits: the default whatever the language (Settings pins Arabic-Indic on request).
    const digit = (text: string) => text;
    await expect(date.getByLabel(m['date.day'], { exact: true })).toHaveValue(digit('14'));
    await expect(date.getByLabel(m['date.month'], { exact: true })).toHaveValue('3');
    await expect(date.getByLabel(m['date.month'], { exact: true }).locator('option:checked')).toHaveText(new Intl.DateTimeFormat(lang, { month: 'long', numberingSystem: 'latn' }).format(new Date(2026, 2, 1)));
    await expect(date.getByLabel(m['date.year'], { exact: true })).toHaveValue(digit('2026'));
    await expect(date.getByLabel(m['date.hour'], { exact: true })).toHaveValue(digit('10'));
    await expect(date.getByLabel(m['date.minute'], { exact: true })).toHaveValue(digit('30'));
    await expectNoAxeViolations(page, { seriousOnly: true });
    await app.screenshot(lang, 'editor-new');

    // Saving without a title: the problem is written under the title, and the cursor is there.
    await page.getByLabel(m['editor.body'], { exact: true }).fill('Raised the detention of the student organisers.');
    await page.keyboard.press('Control+s');
    await expect(title).toBeFocused();
    await expect(page.getByText(m['editor.titleRequired'])).toBeVisible();

    await page.keyboard.type('Call with the Bar association');
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status').filter({ hasText: m['editor.saved'].split('{')[0] ?? '' })).toBeVisible();
    const list = (await core(ctx, 'entry:list', {})) as { entries: { title: string; occurredAt: string | null }[] };
    expect(list.entries.map((e) => e.title)).toEqual(['Call with the Bar association']);
    expect(list.entries[0]?.occurredAt).toBe('2026-03-14T07:30:00.000Z');
  });

  test(`${lang}: every shortcut, the global lock included, is in the help sheet (? or F1) and beside its button; / and Ctrl+F go to search`, async ({ app }) => {
    const m = messages[lang];
    const { page } = app;
    await openNotebook(app, lang);

    await page.keyboard.press('F1');
    const sheet = page.getByRole('dialog', { name: m['shortcuts.heading'] });
    await expect(sheet).toBeVisible();
    for (const key of ['shortcuts.newNote', 'shortcuts.search', 'shortcuts.save', 'shortcuts.leave', 'discreet.shortcut', 'shortcuts.help', 'shortcuts.lock', 'shortcuts.globalLock'] as const) {
      await expect(sheet.getByRole('row').filter({ hasText: m[key] })).toBeVisible();
    }
    await expect(sheet.getByRole('row').filter({ hasText: m['shortcuts.globalLock'] })).toContainText('Ctrl+Shift+L');
    await expect(sheet.getByRole('row').filter({ hasText: m['shortcuts.newNote'] })).toContainText('Ctrl+N');
    await expectNoAxeViolations(page, { seriousOnly: true });
    await app.screenshot(lang, 'help-sheet');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await page.keyboard.press('?');
    await expect(sheet).toBeVisible();
    await sheet.getByRole('button', { name: m['common.close'] }).click();
    await expect(sheet).toBeHidden();

    const newNote = page.getByRole('button', { name: m['nav.newNote'] });
    await expect(newNote).toHaveAttribute('aria-keyshortcuts', 'Control+N Meta+N');
    await expect(newNote).toContainText('Ctrl+N');
    await expect(page.getByRole('button', { name: m['nav.lock'] })).toContainText('Ctrl+L');

    await page.keyboard.press('/');
    const search = page.getByLabel(m['search.label'], { exact: true });
    await expect(search).toBeFocused();
    // Typed inside a field, '/' is text, not a shortcut.
    await page.keyboard.type('land/water');
    await expect(search).toHaveValue('land/water');
    await page.getByRole('button', { name: m['nav.notes'] }).click();
    await expect(page.getByRole('heading', { name: m['list.heading'] })).toBeVisible();
    await page.keyboard.press('Control+f');
    await expect(search).toBeFocused();
  });
}

test('en then ar: at the minimum window (720×480), Lock and the language switch are whole and inside the window; New note is the one filled control', async ({ app }) => {
  for (const lang of ['en', 'ar'] as const) {
    const m = messages[lang];
    const { page } = app;
    await page.setViewportSize({ width: 720, height: 480 });
    if (lang === 'en') await openNotebook(app, 'en');
    else await page.getByRole('button', { name: m['lang.ar'] }).click();
    for (const control of [page.getByRole('button', { name: m['nav.lock'] }), page.getByRole('group', { name: m['lang.label'] })]) {
      const box = await control.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(720);
      expect(box!.y + box!.height).toBeLessThanOrEqual(480);
    }
    await expect(page.getByRole('button', { name: m['nav.newNote'] })).toHaveClass(/button--primary/);
    await expectNoAxeViolations(page, { seriousOnly: true });
    await app.screenshot(lang, 'list-720x480');
    await page.keyboard.press('Control+n');
    await expect(page.getByLabel(m['editor.title'], { exact: true })).toBeFocused();
    // One pane: the note replaces the list, and its save button is in view.
    await expect(page.getByRole('heading', { name: m['list.heading'] })).toBeHidden();
    await expect(page.getByRole('button', { name: m['editor.save'], exact: true })).toBeInViewport();
    await app.screenshot(lang, 'editor-720x480');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: m['list.heading'] })).toBeVisible();
  }
});

test('en: the list and the open note are side by side on a wide window', async ({ app }) => {
  const m = messages.en;
  const { page, ctx } = app;
  await ctx.vault.create(PASSPHRASE);
  await core(ctx, 'entry:create', { entry: meetingInput('Visit to the shelter', 'Four families moved in.') });
  await app.open();
  await page.getByText('Visit to the shelter').click();
  await expectBody(page.getByLabel(m['editor.body'], { exact: true }), 'Four families moved in.');
  await expect(page.getByRole('heading', { name: m['list.heading'] })).toBeVisible();
  await expectNoAxeViolations(page, { seriousOnly: true });
  await app.screenshot('en', 'two-panes');
});
