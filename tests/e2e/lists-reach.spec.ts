import type { Locator, Page } from '@playwright/test';
import { entryInputSchema, type EntryInputData } from '../../shared/domain/entries';
import { PASSPHRASE, messages, type Lang } from './support/flows';
import { expectNoAxeViolations } from './support/axe';
import { expect, test, type App } from './support/fixtures';

const MINUTE = 60_000;
const START = Date.UTC(2020, 0, 1);

/** Note i happened i minutes after START, so the list (newest first) shows note count-1 first. Titles alternate scripts. */
function numberedNote(i: number): EntryInputData {
  return {
    kind: 'meeting',
    title: i % 2 === 0 ? `Meeting ${i}` : `اجتماع ${i}`,
    body: '',
    occurredAt: new Date(START + i * MINUTE).toISOString(),
    location: '',
    counterpartType: null,
    participants: '',
  };
}

/** The core's own batch write, in the test process: 100,000 notes in a few transactions. */
async function seedNumbered(app: App, lang: Lang, count: number): Promise<void> {
  await app.ctx.vault.create(PASSPHRASE);
  app.ctx.preferences.set({ language: lang });
  const entries = app.ctx.vault.requireNotebook().entries;
  for (let start = 0; start < count; start += 20_000) {
    entries.createMany(Array.from({ length: Math.min(20_000, count - start) }, (_, k) => entryInputSchema.parse(numberedNote(start + k))));
  }
  await app.open();
}

function notesList(page: Page, lang: Lang): Locator {
  return page.getByRole('listbox', { name: messages[lang]['list.heading'] });
}

/** The option holding the focus, and where it says it is. */
async function expectFocusedAt(list: Locator, position: number, title: string): Promise<void> {
  const focused = list.locator('[role="option"]:focus');
  await expect(focused).toHaveAttribute('aria-posinset', String(position));
  await expect(focused.locator('.entry-card__title')).toHaveText(title);
  await expect(focused).toBeInViewport();
}

/** How far the text stands from the interface's start edge of its box (px): 0 when the row starts where the list does. */
function startGap(element: Locator, lang: Lang): Promise<number> {
  return element.evaluate((node, rtl) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const text = range.getBoundingClientRect();
    const box = node.getBoundingClientRect();
    return rtl ? box.right - text.right : text.left - box.left;
  }, lang === 'ar');
}

for (const lang of ['en', 'ar'] as const) {
  test(`the keyboard reaches the 201st and the 100,000th note (${lang})`, async ({ app }) => {
    test.setTimeout(240_000);
    const { page } = app;
    const count = 100_000;
    await seedNumbered(app, lang, count);
    const list = notesList(page, lang);
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(count));
    // Only a screen of rows exists, however long the notebook.
    expect(await list.getByRole('option').count()).toBeLessThan(60);

    await list.getByRole('option').first().focus();
    await expectFocusedAt(list, 1, numberedNote(count - 1).title);
    for (let step = 0; step < 200; step += 1) await page.keyboard.press('ArrowDown');
    await expectFocusedAt(list, 201, numberedNote(count - 201).title);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageUp');
    await expectFocusedAt(list, 201, numberedNote(count - 201).title);

    await page.keyboard.press('End');
    await expectFocusedAt(list, count, numberedNote(0).title);
    await page.keyboard.press('ArrowUp');
    await expectFocusedAt(list, count - 1, numberedNote(1).title);
    await app.screenshot(lang, 'list-end');
    await page.keyboard.press('Home');
    await expectFocusedAt(list, 1, numberedNote(count - 1).title);

    // Enter opens the focused note.
    await page.keyboard.press('Enter');
    await expect(page.getByLabel(messages[lang]['editor.title'], { exact: true })).toHaveValue(numberedNote(count - 1).title);
  });

  test(`titles in either script keep their own direction and one start edge; axe-clean (${lang})`, async ({ app }) => {
    const { page } = app;
    await seedNumbered(app, lang, 300);
    const list = notesList(page, lang);
    // Rows alternate Latin and Arabic titles: each keeps its own direction, all align to the interface's start.
    for (const title of [list.locator('.entry-card__title').nth(0), list.locator('.entry-card__title').nth(1)]) {
      await expect(title).toHaveAttribute('dir', 'auto');
      await expect(title).toHaveCSS('unicode-bidi', 'plaintext');
      expect(await startGap(title, lang)).toBeLessThan(2);
    }
    await expect(list).toHaveAttribute('aria-labelledby', 'list-heading');
    await app.screenshot(lang, 'list-virtual');
    await expectNoAxeViolations(page, { seriousOnly: true });
  });
}
