import type { Page } from '@playwright/test';
import { entryInputSchema, type EntryInputData } from '../../shared/domain/entries';
import { PASSPHRASE, expectLocked, messages, unlock, type Lang } from './support/flows';
import { expectNoAxeViolations } from './support/axe';
import { expect, test, type App } from './support/fixtures';

const NOTES: EntryInputData[] = [
  {
    kind: 'meeting',
    title: 'Weekly sync with the coalition',
    body: 'Budget lines for the legal fund.',
    occurredAt: '2026-02-01T09:00:00.000Z',
    location: 'Mission annex',
    counterpartType: 'coalition',
    participants: 'Cedar (pseudonym), Juniper',
  },
  {
    kind: 'meeting',
    title: 'Hearing of the land defenders',
    body: 'Adjourned to next month.',
    occurredAt: '2026-03-01T09:00:00.000Z',
    location: 'Cedar Street courthouse',
    counterpartType: 'hrd',
    participants: 'Oak',
  },
  {
    kind: 'meeting',
    title: 'Cedar Cedar: follow-up',
    body: 'Cedar asked for a secure channel.',
    occurredAt: '2025-01-01T09:00:00.000Z',
    location: '',
    counterpartType: 'hrd',
    participants: '',
  },
];

async function seeded(app: App, lang: Lang): Promise<void> {
  await app.ctx.vault.create(PASSPHRASE);
  app.ctx.preferences.set({ language: lang });
  app.ctx.vault.requireNotebook().entries.createMany(NOTES.map((note) => entryInputSchema.parse(note)));
  await app.open();
}

async function goToSearch(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: messages[lang]['nav.search'], exact: true }).click();
  await expect(page.getByRole('heading', { name: messages[lang]['search.heading'] })).toBeVisible();
}

const titlesOf = (page: Page) => page.getByRole('listbox').locator('.entry-card__title').allTextContents();

for (const lang of ['en', 'ar'] as const) {
  test(`search says which field matched and sorts by relevance or date (${lang})`, async ({ app }) => {
    const { page } = app;
    const m = messages[lang];
    await seeded(app, lang);
    await goToSearch(page, lang);
    await expect(page.getByText(m['search.syntax'])).toBeVisible();
    await page.getByLabel(m['search.label'], { exact: true }).fill('cedar');
    const results = page.getByRole('listbox');
    await expect(results.getByRole('option')).toHaveCount(3);

    // The sync matched in its participants: that field, labelled, with the name marked; no body excerpt.
    const sync = results.getByRole('option').filter({ hasText: NOTES[0]?.title ?? '' });
    await expect(sync.locator('.entry-card__field')).toHaveCount(1);
    await expect(sync.locator('.entry-card__label')).toHaveText(m['search.matchedIn.participants']);
    await expect(sync.locator('.entry-card__field mark')).toHaveText('Cedar');
    await expect(sync.locator('.entry-card__snippet')).toHaveCount(0);
    const hearing = results.getByRole('option').filter({ hasText: NOTES[1]?.title ?? '' });
    await expect(hearing.locator('.entry-card__label')).toHaveText(m['search.matchedIn.location']);

    // Down from the field moves into the results; the focused row says where it is.
    await page.keyboard.press('ArrowDown');
    await expect(results.getByRole('option').first()).toBeFocused();
    await expect(results.getByRole('option').first()).toHaveAttribute('aria-posinset', '1');

    // Best match first puts the title match on top; newest first orders by meeting date.
    await expect.poll(() => titlesOf(page)).toEqual([NOTES[2]?.title, expect.any(String), expect.any(String)]);
    await page.getByLabel(m['search.sort.date'], { exact: true }).check();
    await expect.poll(() => titlesOf(page)).toEqual([NOTES[1]?.title, NOTES[0]?.title, NOTES[2]?.title]);
    await app.screenshot(lang, 'search-fields');
    await expectNoAxeViolations(page, { seriousOnly: true });
  });

  test(`the discreet screen hides titles and names until a row is focused, and is remembered (${lang})`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    await seeded(app, lang);
    const list = page.getByRole('listbox', { name: m['list.heading'] });
    await expect(list.getByRole('option')).toHaveCount(3);
    const toggle = page.getByRole('button', { name: m['discreet.button'] });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(toggle).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+D Meta+Shift+D');

    // The help sheet lists the shortcut with the others.
    await page.keyboard.press('F1');
    const sheet = page.getByRole('dialog', { name: m['shortcuts.heading'] });
    await expect(sheet.getByRole('row').filter({ hasText: m['discreet.shortcut'] })).toContainText('Ctrl+Shift+D');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();

    await page.keyboard.press('Control+Shift+D');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText(m['discreet.on'])).toBeVisible();
    for (const note of NOTES) await expect(list).not.toContainText(note.title);
    await expect(list).not.toContainText(m['counterpart.hrd']);
    await app.screenshot(lang, 'discreet-list');
    await expectNoAxeViolations(page, { seriousOnly: true });

    // Only the row where the officer is shows its text.
    await list.getByRole('option').first().focus();
    await expect(list.getByRole('option').first()).toContainText(NOTES[1]?.title ?? '');
    await page.keyboard.press('ArrowDown');
    await expect(list.getByRole('option').nth(1)).toContainText(NOTES[0]?.title ?? '');
    await expect(list.getByRole('option').first()).not.toContainText(NOTES[1]?.title ?? '');

    // An open note is blurred too, all but the field the officer is in.
    await list.getByRole('option').nth(1).press('Enter');
    const title = page.getByLabel(m['editor.title'], { exact: true });
    const body = page.getByLabel(m['editor.body'], { exact: true });
    const blur = (field: typeof title) => field.evaluate((element) => getComputedStyle(element).filter);
    await body.focus();
    await expect.poll(() => blur(title)).toContain('blur');
    expect(await blur(body)).toBe('none');
    await title.focus();
    await expect.poll(() => blur(title)).toBe('none');
    await expect.poll(() => blur(body)).toContain('blur');
    await app.screenshot(lang, 'discreet-editor');
    await page.getByRole('button', { name: m['nav.notes'], exact: true }).click();

    // Search results are hidden alike.
    await goToSearch(page, lang);
    await page.getByLabel(m['search.label'], { exact: true }).fill('cedar');
    await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(3);
    await expect(page.getByRole('listbox')).not.toContainText('Cedar');

    // Remembered in the vault: after a lock and unlock the screen is still discreet.
    expect(ctx.vault.requireNotebook().view.get()).toEqual({ discreet: true });
    ctx.vault.lock();
    await expectLocked(page, lang);
    await unlock(page, lang);
    await expect(page.getByRole('button', { name: m['discreet.button'] })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('listbox', { name: m['list.heading'] })).not.toContainText(NOTES[0]?.title ?? '');

    // The button turns it off.
    await page.getByRole('button', { name: m['discreet.button'] }).click();
    await expect(page.getByRole('listbox', { name: m['list.heading'] })).toContainText(NOTES[0]?.title ?? '');
    expect(ctx.vault.requireNotebook().view.get()).toEqual({ discreet: false });
  });
}
