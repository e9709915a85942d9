import type { Page } from '@playwright/test';
import { entryInputSchema } from '../../shared/domain/entries';
import { openEncryptedDatabaseForTest } from '../support/raw-vault';
import { PASSPHRASE, expectLocked, messages, unlock, type Lang } from './support/flows';
import { expectNoAxeViolations } from './support/axe';
import { expect, test, type App } from './support/fixtures';

const TITLES = ['Cedar coalition sync', 'Cedar hearing', 'Cedar follow-up'];

/** A vault whose search index an older build made: three notes, an empty index of an older version. */
async function outdatedVault(app: App, lang: Lang): Promise<void> {
  const { ctx } = app;
  await ctx.vault.create(PASSPHRASE);
  ctx.preferences.set({ language: lang });
  ctx.vault.requireNotebook().entries.createMany(TITLES.map((title) => entryInputSchema.parse({ kind: 'meeting', title, body: 'Notes.' })));
  ctx.vault.lock();
  await openEncryptedDatabaseForTest(ctx.vault, PASSPHRASE, (db) => {
    db.exec("INSERT INTO search_index (search_index) VALUES ('delete-all')");
    db.prepare("UPDATE vault_meta SET value = '1' WHERE key = 'search_index_version'").run();
  });
}

async function searchFor(page: Page, lang: Lang, text: string): Promise<void> {
  const m = messages[lang];
  await page.getByRole('button', { name: m['nav.search'], exact: true }).click();
  await page.getByLabel(m['search.label'], { exact: true }).fill(text);
}

/** The message up to its first placeholder: the numbers around it are formatted and isolated. */
const opening = (message: string) => message.split('{')[0]?.trim() ?? message;

for (const lang of ['en', 'ar'] as const) {
  test(`search says when the index is incomplete, and the rebuild finishes at the next unlock (${lang})`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    await outdatedVault(app, lang);
    // The rebuild stops before its first slice, as a lock at that moment would leave it.
    const stopRebuild = ctx.vault.jobs.onProgress((update) => {
      if (update.state === 'running') ctx.vault.jobs.cancel(update.jobId);
    });
    await app.open();
    await unlock(page, lang);
    await searchFor(page, lang, 'cedar');
    const status = page.getByRole('status').filter({ hasText: opening(m['jobs.searchIndex.stopped']) });
    await expect(status).toBeVisible();
    await expect(page.getByText(m['search.none'])).toBeVisible();
    await app.screenshot(lang, 'search-index-incomplete');
    await expectNoAxeViolations(page);

    stopRebuild();
    ctx.vault.lock();
    await expectLocked(page, lang);
    await unlock(page, lang);
    await searchFor(page, lang, 'cedar');
    await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(TITLES.length);
    await expect(status).toHaveCount(0);
    await expect(page.getByText(opening(m['jobs.searchIndex.running']))).toHaveCount(0);
  });
}
