import { entryInputSchema } from '../../shared/domain/entries';
import { generateAgeIdentity } from '../../electron/core/bundle/age/x25519';
import { createTranslator } from '../../renderer/src/i18n/translate';
import { expectNoAxeViolations } from './support/axe';
import { messages, PASSPHRASE, type Lang } from './support/flows';
import { expect, test } from './support/fixtures';

/** More than one page of entry:list (500 at most): the list used to stop at the first 500. */
const COUNT = 620;
const START = Date.UTC(2021, 0, 1);
const HQ = 'HQ desk';

// Six hundred entries written, listed and axe-checked on a machine shared by many test runs.
test.describe.configure({ timeout: 180_000 });

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  test(`export selection: every matching entry can be reached and ticked, the oldest of ${COUNT} included (${lang})`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    const { tp } = createTranslator(lang);
    await ctx.vault.create(PASSPHRASE);
    ctx.preferences.set({ language: lang });
    const notebook = ctx.vault.requireNotebook();
    // Entry i happened i hours after START: the list (newest first) shows entry 0 last.
    notebook.entries.createMany(
      Array.from({ length: COUNT }, (_, i) => entryInputSchema.parse({ kind: 'meeting', title: `Meeting ${i}`, body: '', occurredAt: new Date(START + i * 3_600_000).toISOString(), location: '', counterpartType: null, participants: '' })),
    );
    ctx.vault.requireBundleStores().recipients.add(HQ, generateAgeIdentity().recipient, true);
    await app.open();
    await page.getByRole('navigation').getByRole('button', { name: m['nav.export'] }).click();
    await expect(page.getByRole('heading', { name: m['export.heading'] })).toBeFocused();

    await page.getByRole('checkbox', { name: HQ }).check();
    await page.getByRole('checkbox', { name: m['exportForm.selectOn'] }).check();
    const list = page.getByRole('listbox', { name: m['exportSelection.list'] });
    await expect(list).toHaveAttribute('aria-multiselectable', 'true');
    // Keyboard only: into the list, to its very end, tick with Space.
    await list.getByRole('option').first().focus();
    await page.keyboard.press('End');
    const last = list.locator('[role="option"]:focus');
    await expect(last).toHaveAttribute('aria-posinset', String(COUNT));
    await expect(last).toContainText('Meeting 0');
    await page.keyboard.press('Space');
    await expect(last).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText(tp('exportSelection.chosen', 1), { exact: true })).toBeVisible();
    // Ticked again, it is no longer chosen; once more, it is.
    await page.keyboard.press('Space');
    await expect(last).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('Space');
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'export-selection');

    await page.getByRole('button', { name: m['exportForm.preview'] }).click();
    await expect(page.getByRole('heading', { name: m['preview.heading'] })).toBeFocused();
    await expect(page.getByText(tp('preview.entries', 1), { exact: true })).toBeVisible();
  });
}
