import type { Preferences } from '../../shared/domain/preferences';
import { createTranslator } from '../../renderer/src/i18n/translate';
import { messages, PASSPHRASE } from './support/flows';
import { expect, test, type App } from './support/fixtures';
import { core } from './support/seed';

const PARTICIPANTS = 'Amal H. (real name), +20 100 000 0000\nPseudonym: Cedar';
const BODY = [
  'Report shared at https://docs.example.org/reports/2026/detentions?lang=ar#annex.',
  'Contact the rapporteur desk: mailto:desk@un.example.',
  'Not links: javascript:alert(1) and <img src=x onerror=alert(1)> stay text.',
].join('\n');

async function openSeededNote(app: App, lang: 'en' | 'ar' = 'en', prefs: Partial<Preferences> = {}) {
  await app.ctx.vault.create(PASSPHRASE);
  app.ctx.preferences.set({ language: lang, ...prefs });
  await core(app.ctx, 'entry:create', {
    entry: { kind: 'meeting', title: 'Rapporteur follow-up', body: BODY, occurredAt: null, location: '', counterpartType: 'un-multilateral', participants: PARTICIPANTS },
  });
  await app.open();
  await app.page.getByText('Rapporteur follow-up').click();
  await expect(app.page.getByLabel(messages[lang]['editor.participants'], { exact: true })).toHaveValue(PARTICIPANTS);
}

test('copy participants goes through the sensitive clipboard, which a lock clears', async ({ app }) => {
  const { page, desktop } = app;
  const m = messages.en;
  await openSeededNote(app);
  await page.getByRole('button', { name: m['editor.copyParticipants'] }).click();
  await expect(page.getByRole('status').filter({ hasText: createTranslator('en').tp('editor.copied', 30) })).toBeVisible();
  expect(desktop.clipboardText).toBe(PARTICIPANTS);
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: m['unlock.heading'] })).toBeVisible();
  expect(desktop.clipboardText).toBe('');
});

test('without a desktop port, copy shows UNAVAILABLE in the officer’s language (ar)', async ({ app }) => {
  const { page, ctx } = app;
  const m = messages.ar;
  delete ctx.desktop;
  await openSeededNote(app, 'ar');
  await page.getByRole('button', { name: m['editor.copyParticipants'] }).click();
  await expect(page.getByRole('alert').filter({ hasText: m['error.UNAVAILABLE'] })).toBeVisible();
  await expect(page.getByRole('button', { name: m['editor.copyParticipants'] })).toHaveText(m['editor.copy']);
});

test('links in a note: full addresses as text, and no open action while opening links is off', async ({ app }) => {
  const { page, desktop } = app;
  const m = messages.en;
  await openSeededNote(app);
  const region = page.getByRole('region', { name: m['editor.links.heading'] });
  await expect(region.locator('code.url')).toHaveText(['https://docs.example.org/reports/2026/detentions?lang=ar#annex', 'mailto:desk@un.example']);
  await expect(region.locator('code.url').first()).toHaveAttribute('dir', 'ltr');
  await expect(region.getByText('Site: ')).toContainText('docs.example.org');
  await expect(region.getByText(m['editor.links.off'])).toBeVisible();
  await expect(region.getByRole('button')).toHaveCount(0);
  // Never a hyperlink, never HTML from the note.
  await expect(page.locator('a[href]:not(.skip-link)')).toHaveCount(0);
  await expect(page.locator('img')).toHaveCount(0);

  // The list follows what is typed.
  await page.getByLabel(m['editor.body'], { exact: true }).fill('Only https://xn--e1afmkfd.example/путь now.');
  await expect(region.locator('code.url')).toHaveText(['https://xn--e1afmkfd.example/путь']);
  expect(desktop.opened).toEqual([]);
});

test('with opening links allowed, Open… asks first, names the address, and only confirm opens it', async ({ app }) => {
  const { page, desktop } = app;
  const m = messages.en;
  await openSeededNote(app, 'en', { allowOpeningLinks: true });
  const url = 'https://docs.example.org/reports/2026/detentions?lang=ar#annex';
  const region = page.getByRole('region', { name: m['editor.links.heading'] });
  await expect(region.getByText(m['editor.links.off'])).toHaveCount(0);

  await region.getByRole('button', { name: createTranslator('en').t('editor.links.openNamed', { url }) }).click();
  const dialog = page.getByRole('alertdialog', { name: m['editor.links.confirmTitle'] });
  await expect(dialog.locator('code.url')).toHaveText(url);
  await expect(dialog).toContainText(m['editor.links.warning']);
  await dialog.getByRole('button', { name: m['common.cancel'] }).click();
  await expect(dialog).toBeHidden();
  expect(desktop.opened).toEqual([]);

  await region.getByRole('button', { name: createTranslator('en').t('editor.links.openNamed', { url }) }).click();
  await dialog.getByRole('button', { name: m['editor.links.confirm'] }).click();
  await expect(page.getByRole('status').filter({ hasText: m['editor.links.opened'] })).toBeVisible();
  expect(desktop.opened).toEqual([url]);
  await expect(page).toHaveURL(/^https:\/\/fieldnotes\.app\.invalid\//);
});
