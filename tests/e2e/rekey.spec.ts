import { PASSPHRASE, messages, type Lang } from './support/flows';
import { expect, test } from './support/fixtures';
import { core, meetingInput } from './support/seed';

const NEW_PASSPHRASE = `${PASSPHRASE} after the border incident`;

for (const lang of ['en', 'ar'] as Lang[]) {
  test(`change passphrase with re-encryption: the notebook stays open and the old key opens nothing (${lang})`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    await ctx.vault.create(PASSPHRASE);
    ctx.preferences.set({ language: lang });
    const title = lang === 'ar' ? 'جلسة الاستئناف — المدافعة سنديانة' : 'Appeal hearing — defender Cedar';
    await core(ctx, 'entry:create', { entry: meetingInput(title, 'Adjourned to next month.') });
    await app.open();
    await page.getByRole('button', { name: m['nav.settings'] }).click();
    const form = page.getByRole('region', { name: m['settings.passphrase.heading'] });
    await form.getByLabel(m['settings.passphrase.current'], { exact: true }).fill(PASSPHRASE);
    await form.getByLabel(m['settings.passphrase.next'], { exact: true }).fill(NEW_PASSPHRASE);
    await form.getByLabel(m['settings.passphrase.confirm'], { exact: true }).fill(NEW_PASSPHRASE);
    const rekey = form.getByRole('checkbox', { name: m['settings.passphrase.rekey'] });
    await expect(rekey).toHaveAccessibleDescription(m['settings.passphrase.rekeyHint']);
    await rekey.check();
    await app.screenshot(lang, 'settings-rekey');
    await form.getByRole('button', { name: m['settings.passphrase.submit'] }).click();
    await expect(form.getByRole('status').filter({ hasText: m['settings.passphrase.doneRekeyed'] })).toBeVisible();
    await expect(rekey).not.toBeChecked();

    // Still unlocked, now under the new data key: the note is there from the page.
    await page.getByRole('button', { name: m['nav.notes'] }).click();
    await expect(page.getByText(title)).toBeVisible();
    expect(ctx.vault.status().state).toBe('unlocked');
    ctx.vault.lock();
    await expect(ctx.vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(ctx.vault.unlock(NEW_PASSPHRASE)).resolves.toMatchObject({ state: 'unlocked' });
  });
}
