import type { Locator } from '@playwright/test';
import { PASSPHRASE, messages, type Lang } from './support/flows';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

/** Playwright's keyboard does not toggle Caps Lock; Chromium's KeyboardEvent takes its state directly. */
async function keyWithCapsLock(field: Locator, on: boolean): Promise<void> {
  await field.dispatchEvent('keydown', { key: 'a', modifierCapsLock: on });
}

/** What the other keyboard layout types for the same keys. */
const OTHER_SCRIPT: Record<Lang, { typed: string; warning: 'passphrase.keyboard.arabic' | 'passphrase.keyboard.latin' }> = {
  en: { typed: 'شسيب', warning: 'passphrase.keyboard.arabic' },
  ar: { typed: 'asdf', warning: 'passphrase.keyboard.latin' },
};

for (const lang of ['en', 'ar'] as const) {
  test(`unlock warns of Caps Lock and of a keyboard in the other script (${lang})`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    await ctx.vault.create(PASSPHRASE);
    ctx.vault.lock();
    ctx.preferences.set({ language: lang });
    await app.open();
    const field = page.getByLabel(m['unlock.passphrase'], { exact: true });

    await keyWithCapsLock(field, true);
    await expect(page.getByRole('status').filter({ hasText: m['passphrase.capsLock'] })).toBeVisible();
    await keyWithCapsLock(field, false);
    await expect(page.getByText(m['passphrase.capsLock'])).toHaveCount(0);

    const { typed, warning } = OTHER_SCRIPT[lang];
    await field.pressSequentially(typed);
    const status = page.getByRole('status').filter({ hasText: m[warning] });
    await expect(status).toBeVisible();
    // The warning describes the field, and never repeats what was typed.
    await expect(field).toHaveAttribute('aria-describedby', new RegExp(((await status.getAttribute('id')) ?? 'none').replace(/[:]/g, '\\:')));
    await expect(page.locator('body')).not.toContainText(typed);
    // Hidden, the dots run in the page's direction whatever the script typed: no hint for a shoulder-surfer.
    expect(await field.evaluate((input) => getComputedStyle(input).direction)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'unlock-keyboard-warning');

    await field.fill(lang === 'en' ? 'lantern' : 'فانوس');
    await expect(page.getByText(m[warning])).toHaveCount(0);
  });

  test(`a new passphrase's confirmation typed in another script is flagged (${lang})`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    ctx.preferences.set({ language: lang });
    await app.open();
    await page.getByLabel(m['create.passphrase'], { exact: true }).fill(PASSPHRASE);
    // The first field has no expected script: an Arabic passphrase in the English interface is fine.
    await expect(page.getByText(m['passphrase.keyboard.latin'])).toHaveCount(0);
    await expect(page.getByText(m['passphrase.keyboard.arabic'])).toHaveCount(0);
    const confirm = page.getByLabel(m['create.confirm'], { exact: true });
    await confirm.pressSequentially('لاىفث');
    await expect(page.getByRole('status').filter({ hasText: m['passphrase.keyboard.arabic'] })).toBeVisible();
    await app.screenshot(lang, 'create-keyboard-warning');
    await confirm.fill(PASSPHRASE);
    await expect(page.getByText(m['passphrase.keyboard.arabic'])).toHaveCount(0);
  });
}
