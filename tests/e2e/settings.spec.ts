import { DEFAULT_PREFERENCES } from '../../shared/domain/preferences';
import { expectDirection, messages, PASSPHRASE, type Lang } from './support/flows';
import { expect, test } from './support/fixtures';
import { openSettingsByKeyboard } from './support/settings';

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  test(`settings: reachable from the top bar, translated, saves auto-lock and toggles (${lang})`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    await ctx.vault.create(PASSPHRASE);
    const nav = await openSettingsByKeyboard(app, lang);
    await expect(page.getByRole('heading', { level: 1, name: m['settings.heading'] })).toBeFocused();
    await expect(nav).toHaveAttribute('aria-current', 'page');

    // Defaults as shipped: capture protection on, opening links off, 5 minutes.
    const capture = page.getByRole('checkbox', { name: m['settings.capture.label'] });
    const links = page.getByRole('checkbox', { name: m['settings.links.label'] });
    await expect(capture).toBeChecked();
    await expect(links).not.toBeChecked();
    // The honest limits are the checkbox's description, not a tooltip.
    await expect(capture).toHaveAccessibleDescription(m['settings.capture.note']);
    const minutes = page.getByLabel(m['settings.autolock.label'], { exact: true });
    await expect(minutes).toHaveValue(String(DEFAULT_PREFERENCES.idleLockMinutes));

    // Out of range: refused in the form, nothing stored.
    await minutes.fill('0');
    await page.getByRole('button', { name: m['settings.autolock.save'], exact: true }).click();
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(ctx.preferences.get().idleLockMinutes).toBe(5);
    await minutes.fill('241');
    await minutes.press('Enter');
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(ctx.preferences.get().idleLockMinutes).toBe(5);

    await minutes.fill('12');
    await minutes.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: m['settings.autolock.saved'].other.split('{')[0] ?? '' })).toBeVisible();
    expect(ctx.preferences.get().idleLockMinutes).toBe(12);

    await links.check();
    await expect.poll(() => ctx.preferences.get().allowOpeningLinks).toBe(true);
    await links.uncheck();
    await expect.poll(() => ctx.preferences.get().allowOpeningLinks).toBe(false);
    await capture.uncheck();
    await expect.poll(() => ctx.preferences.get().screenCaptureProtection).toBe(false);
    await capture.check();
    await expect.poll(() => ctx.preferences.get().screenCaptureProtection).toBe(true);

    // The danger zone is its own region, after everything else.
    await expect(page.getByRole('region', { name: m['settings.danger.heading'] })).toBeVisible();
    await app.screenshot(lang, 'settings');

    // Language from Settings: the whole UI flips, and the choice is kept by the core.
    const other: Lang = lang === 'en' ? 'ar' : 'en';
    await page.getByRole('button', { name: messages[other][other === 'en' ? 'lang.en' : 'lang.ar'] }).first().click();
    await expectDirection(page, other);
    await expect(page.getByRole('heading', { level: 1, name: messages[other]['settings.heading'] })).toBeVisible();
    expect(ctx.preferences.get().language).toBe(other);
  });
}
