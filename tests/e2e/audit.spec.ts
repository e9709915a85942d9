import { createTranslator } from '../../renderer/src/i18n/translate';
import { expectNoAxeViolations } from './support/axe';
import { messages, PASSPHRASE, type Lang } from './support/flows';
import { expect, test } from './support/fixtures';
import { openSettingsByKeyboard } from './support/settings';

const ENTRIES = 25;

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  test(`settings → activity: the audit log newest first, paged by keyboard, translated, axe-clean (${lang})`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    const { t, tp, formatNumber } = createTranslator(lang);
    await ctx.vault.create(PASSPHRASE);
    ctx.vault.lock();
    for (const wrong of ['not the passphrase one', 'not the passphrase two']) {
      await expect(ctx.vault.unlock(wrong)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    }
    await ctx.vault.unlock(PASSPHRASE);
    // created, locked, unlock-failed, unlocked, then 25 entry records: 29, two pages of 20.
    ctx.vault.requireNotebook().writes.run((audit) => {
      for (let i = 0; i < ENTRIES; i += 1) audit({ action: 'entry.created', subjectId: crypto.randomUUID(), detail: { kind: 'meeting' } });
    });
    await openSettingsByKeyboard(app, lang);
    const activity = page.getByRole('region', { name: m['audit.heading'] });
    await expect(activity).toBeVisible();
    const lines = activity.getByRole('listitem');
    await expect(lines).toHaveCount(20);
    await expect(lines.first()).toContainText(t('audit.action.entry.created'));
    const range = (from: number, to: number) => t('audit.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(29) });
    await expect(activity.getByRole('status')).toHaveText(range(1, 20));
    const newer = activity.getByRole('button', { name: t('audit.newer') });
    const older = activity.getByRole('button', { name: t('audit.older') });
    await expect(newer).toBeDisabled();
    await activity.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'settings-activity');

    await older.focus();
    await page.keyboard.press('Enter');
    await expect(activity.getByRole('status')).toHaveText(range(21, 29));
    await expect(lines).toHaveCount(9);
    // Oldest last: created, locked, then the two wrong passphrases handed over before the unlock.
    await expect(lines.last()).toContainText(t('audit.action.vault.created'));
    await expect(lines.nth(6)).toContainText(tp('audit.action.vault.unlock-failed', 2));
    await expect(lines.nth(5)).toContainText(t('audit.action.vault.unlocked'));
    await expect(older).toBeDisabled();
    // The focus stays on the button pressed: Enter there again changes nothing; Shift+Tab reaches "Newer".
    await expect(older).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(activity.getByRole('status')).toHaveText(range(21, 29));
    await page.keyboard.press('Shift+Tab');
    await expect(newer).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(activity.getByRole('status')).toHaveText(range(1, 20));
    await expectNoAxeViolations(page, { seriousOnly: true });
  });
}
