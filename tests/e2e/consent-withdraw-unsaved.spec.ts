import { consentInputSchema } from '../../shared/domain/kinds/consent';
import type { EntryOf } from '../../shared/domain/entries';
import { personInputSchema } from '../../shared/domain/people';
import { expectNoAxeViolations } from './support/axe';
import { messages, PASSPHRASE, save, type Lang } from './support/flows';
import { expect, test } from './support/fixtures';

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  test(`a consent with unsaved changes is withdrawn only once they are saved: nothing lost, no conflict (${lang})`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    await ctx.vault.create(PASSPHRASE);
    ctx.preferences.set({ language: lang });
    const nb = ctx.vault.requireNotebook();
    const heron = nb.people.create(personInputSchema.parse({ pseudonym: 'Heron' }), { realName: '', contacts: '' });
    const consent = nb.entries.create(consentInputSchema.parse({ kind: 'consent', title: 'Consent of Heron', personId: heron.id, scopes: ['contact-and-meet'], givenOn: '2026-11-01' }));

    await app.open();
    await page.getByRole('option').filter({ hasText: 'Consent of Heron' }).click();
    await expect(page.getByRole('heading', { name: m['consent.editor.editHeading'] })).toBeVisible();
    const withdraw = page.getByRole('button', { name: m['consent.withdraw'], exact: true });
    await expect(withdraw).toBeEnabled();

    // An edit on screen: Withdraw waits for it to be saved or discarded, and says so.
    await page.getByLabel(m['consent.field.witness'], { exact: true }).fill('The coalition’s lawyer');
    await expect(withdraw).toBeDisabled();
    await expect(page.getByText(m['consent.withdrawSaveFirst'])).toBeVisible();
    await expectNoAxeViolations(page);

    // Saved: the edit is in the vault and Withdraw is offered again; the withdrawal keeps the edit.
    await save(page, lang);
    await expect(withdraw).toBeEnabled();
    await expect(page.getByText(m['consent.withdrawSaveFirst'])).toHaveCount(0);
    await withdraw.click();
    const dialog = page.getByRole('alertdialog', { name: m['consent.withdrawTitle'] });
    await dialog.getByLabel(m['consent.withdrawHow']).fill('by phone');
    await dialog.getByRole('button', { name: m['consent.withdrawConfirm'] }).click();
    await expect(page.getByTestId('consent-withdrawn')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(nb.entries.get(consent.id) as EntryOf<'consent'>).toMatchObject({ witness: 'The coalition’s lawyer', withdrawal: { how: 'by phone' }, revision: 3 });
  });
}
