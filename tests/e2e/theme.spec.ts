import type { Page } from '@playwright/test';
import { messages, PASSPHRASE, type Lang } from './support/flows';
import { expect, test } from './support/fixtures';
import { core, meetingInput } from './support/seed';
import { expectNoAxeViolations } from './support/axe';
import { expectBody } from './support/rich-body';


const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  test(`${lang}: the officer picks Dark in Settings whatever the OS says; it is remembered, and both themes pass axe contrast`, async ({ app }) => {
    const m = messages[lang];
    const { page, ctx } = app;
    ctx.preferences.set({ language: lang });
    await ctx.vault.create(PASSPHRASE);
    await core(ctx, 'entry:create', { entry: meetingInput('Trial of the water defenders', 'Observers were admitted after an hour.') });
    await page.emulateMedia({ colorScheme: 'light' });
    await app.open();
    await expect(page.getByRole('heading', { name: m['list.heading'] })).toBeVisible();
    const light = await background(page);
    await expectNoAxeViolations(page, { seriousOnly: true });

    await page.getByRole('button', { name: m['nav.settings'] }).click();
    const group = page.getByRole('group', { name: m['settings.theme.heading'] });
    await expect(group.getByRole('radio', { name: m['settings.theme.system'] })).toBeChecked();
    await group.getByRole('radio', { name: m['settings.theme.dark'] }).check();
    await expect.poll(() => ctx.preferences.get().theme).toBe('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background(page)).not.toBe(light);
    await expectNoAxeViolations(page, { seriousOnly: true });
    await app.screenshot(lang, 'settings-dark');

    // A fresh page (as after a lock) starts dark before anything is shown.
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('heading', { name: m['list.heading'] })).toBeVisible();
    await expectNoAxeViolations(page, { seriousOnly: true });
    await app.screenshot(lang, 'list-dark');
    await page.getByText('Trial of the water defenders').click();
    await expectBody(page.getByLabel(m['editor.body'], { exact: true }), 'Observers were admitted after an hour.');
    await expectNoAxeViolations(page, { seriousOnly: true });
    await app.screenshot(lang, 'editor-dark');

    // Back to the system setting: the OS's dark mode is followed again.
    await page.getByRole('button', { name: m['nav.settings'] }).click();
    await page.getByRole('group', { name: m['settings.theme.heading'] }).getByRole('radio', { name: m['settings.theme.system'] }).check();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await background(page)).toBe(light);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => background(page)).not.toBe(light);
  });
}

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  test(`${lang}: every screen of the notebook in the light and the dark theme, each axe-clean (screenshots)`, async ({ app }) => {
    const m = messages[lang];
    const { page, ctx } = app;
    ctx.preferences.set({ language: lang });
    await ctx.vault.create(PASSPHRASE);
    await core(ctx, 'entry:create', { entry: meetingInput('Trial of the water defenders', 'Observers were admitted after an hour.') });
    for (const theme of ['light', 'dark'] as const) {
      ctx.preferences.set({ theme });
      await app.open();
      await expect(page.getByRole('heading', { name: m['list.heading'] })).toBeVisible();
      const screens: [string, () => Promise<void>][] = [
        ['list', () => Promise.resolve()],
        ['editor', async () => {
          await page.getByText('Trial of the water defenders').click();
          await expectBody(page.getByLabel(m['editor.body'], { exact: true }), 'Observers were admitted after an hour.');
        }],
        ['search', async () => {
          await page.getByRole('button', { name: m['nav.search'] }).click();
          await page.getByLabel(m['search.label'], { exact: true }).fill('water');
          await expect(page.getByRole('heading', { name: m['search.heading'] })).toBeVisible();
        }],
        ['settings', async () => {
          await page.getByRole('button', { name: m['nav.settings'] }).click();
          await expect(page.getByRole('heading', { name: m['settings.heading'] })).toBeVisible();
        }],
        ['help', async () => {
          await page.keyboard.press('F1');
          await expect(page.getByRole('dialog', { name: m['shortcuts.heading'] })).toBeVisible();
        }],
      ];
      for (const [screen, reach] of screens) {
        await reach();
        await expectNoAxeViolations(page, { seriousOnly: true });
        await app.screenshot(lang, `${screen}-${theme}`);
      }
    }
  });
}
