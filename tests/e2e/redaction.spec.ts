import { REDACTION_MARK } from '../../shared/domain/entry-history';
import { searchQuerySchema } from '../../shared/domain/search';
import { PASSPHRASE, messages, unlock, type Lang } from './support/flows';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { core, meetingInput } from './support/seed';
import { expectBody } from './support/rich-body';

/** A real-looking name in the note's script, written into two revisions. */
const NAMES: Record<Lang, { title: string; name: string }> = {
  en: { title: 'Hearing follow-up', name: 'Yusuf Haddad' },
  ar: { title: 'متابعة الجلسة', name: 'يوسف حداد' },
};

for (const lang of ['en', 'ar'] as const) {
  test(`redact a name, then delete the note: no trace in search or history (${lang})`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    const { title, name } = NAMES[lang];
    await ctx.vault.create(PASSPHRASE);
    ctx.preferences.set({ language: lang });
    const first = (await core(ctx, 'entry:create', { entry: meetingInput(title, `${name} described the raid.`) })) as { id: string };
    await core(ctx, 'entry:update', { id: first.id, revision: 1, entry: meetingInput(title, `Follow-up with ${name} next week.`) });
    ctx.vault.lock();
    await app.open();
    await unlock(page, lang);

    await page.getByText(title).first().click();
    const body = page.getByLabel(m['editor.body'], { exact: true });
    await expectBody(body, `Follow-up with ${name} next week.`);

    // Select the name in the note, then open the dialog by keyboard: it starts from the selection.
    await body.evaluate((field, passage) => {
      const text = field.querySelector('p')?.firstChild;
      if (!text?.textContent) throw new Error('no text in the body');
      const start = text.textContent.indexOf(passage);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + passage.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    }, name);
    const redact = page.getByRole('button', { name: m['removal.redact'] });
    await redact.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: m['removal.redactTitle'] });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel(m['removal.passage'])).toHaveValue(name);
    await expect(dialog).toContainText(m['removal.redactExplain']);
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'redact-dialog');
    await dialog.getByRole('button', { name: m['removal.redactConfirm'] }).click();
    await expect(dialog).toBeHidden();

    // Search finds nothing, in the UI and in the core.
    const search = (query: string) => core(ctx, 'search:query', searchQuerySchema.parse({ query })) as Promise<{ total: number }>;
    expect((await search(name)).total).toBe(0);
    await page.getByRole('button', { name: m['nav.search'] }).first().click();
    await page.getByRole('searchbox').fill(name);
    await expect(page.getByText(name)).toHaveCount(0);

    // The note again: the mark where the name was; its history says only when.
    await page.getByRole('button', { name: m['nav.notes'] }).first().click();
    await page.getByText(title).first().click();
    await expectBody(body, `Follow-up with ${REDACTION_MARK} next week.`);
    await page.getByText(m['history.heading'], { exact: true }).click();
    await expect(page.getByText(m['history.redacted'].split('{')[0]?.trim() ?? '', { exact: false })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(name);
    await app.screenshot(lang, 'redacted-history');

    // Delete: confirmed in a dialog, then gone from the list and from search.
    await page.getByRole('button', { name: m['removal.delete'] }).click();
    const confirm = page.getByRole('alertdialog', { name: m['removal.deleteTitle'] });
    await expect(confirm).toContainText(m['removal.deleteExplain']);
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'delete-dialog');
    await confirm.getByRole('button', { name: m['removal.deleteConfirm'] }).click();
    await expect(page.getByText(title)).toHaveCount(0);
    expect((await search(title)).total).toBe(0);
    expect((await core(ctx, 'entry:history', { id: first.id }).catch((error: Error) => error.message)) as string).toContain('NOT_FOUND');
  });
}
