import type { Locator, Page } from '@playwright/test';
import { entryInputSchema, type Entry, type EntryInputData } from '../../shared/domain/entries';
import { PASSPHRASE, messages, type Lang } from './support/flows';
import { expectNoAxeViolations } from './support/axe';
import { expect, test, type App } from './support/fixtures';
import { core, meetingInput } from './support/seed';
import { createTranslator } from '../../renderer/src/i18n/translate';

/** Midday UTC: the same calendar day in any zone the harness runs in. */
const ENTRIES: EntryInputData[] = [
  { kind: 'meeting', title: 'Coalition meeting', occurredAt: '2026-02-10T12:00:00.000Z', tags: ['land rights'], topics: ['restrictions-on-freedoms'] },
  { kind: 'observation', title: 'Protest dispersed', occurredAt: '2026-03-05T12:00:00.000Z', tags: ['protest'], topics: ['restrictions-on-freedoms', 'surveillance'] },
  { kind: 'observation', title: 'NGO accounts frozen', occurredAt: '2026-04-20T12:00:00.000Z', tags: ['land rights'], topics: ['funding-and-registration'] },
  { kind: 'meeting', title: 'Embassy briefing', occurredAt: '2026-03-20T12:00:00.000Z' },
];

async function seeded(app: App, lang: Lang): Promise<void> {
  await app.ctx.vault.create(PASSPHRASE);
  app.ctx.preferences.set({ language: lang });
  app.ctx.vault.requireNotebook().entries.createMany(ENTRIES.map((entry) => entryInputSchema.parse(entry)));
  await app.open();
}

const list = (page: Page, lang: Lang) => page.getByRole('listbox', { name: messages[lang]['list.heading'] });

/** The titles the list shows, newest first, once it shows exactly these. */
async function expectTitles(page: Page, lang: Lang, titles: string[]): Promise<void> {
  await expect(list(page, lang).locator('.entry-card__title')).toHaveText(titles);
}

/** The chips of filters in effect. */
const chips = (page: Page, lang: Lang): Locator => page.getByRole('group', { name: messages[lang]['filters.active'] });

/** A message's fixed text before its first placeholder (parameters are wrapped in isolates). */
const lead = (message: string) => message.split('{')[0]?.trim() ?? message;

for (const lang of ['en', 'ar'] as const) {
  test(`filter the notebook by kind, topic, tag and days typed in Arabic-Indic digits; clear (${lang})`, async ({ app }) => {
    // Four axe runs on a shared machine.
    test.setTimeout(180_000);
    const { page } = app;
    const m = messages[lang];
    await seeded(app, lang);
    const all = ['NGO accounts frozen', 'Embassy briefing', 'Protest dispersed', 'Coalition meeting'];
    await expectTitles(page, lang, all);
    await expect(chips(page, lang)).toHaveCount(0);
    await expect(page.locator('.section-head .muted')).toHaveText(createTranslator(lang).tp('list.count', 4));

    // Kind: observations only. The count line says filters are on.
    await page.getByText(m['filters.heading'], { exact: true }).click();
    await page.getByLabel(m['filters.kind'], { exact: true }).selectOption('observation');
    await expectTitles(page, lang, ['NGO accounts frozen', 'Protest dispersed']);
    await expect(chips(page, lang)).toContainText(m['kind.observation']);
    await expect(page.locator('.section-head .muted')).toHaveText(createTranslator(lang).tp('filters.count', 2));
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'filters-kind');

    // And a civic-space topic; then the kind chip removed by keyboard leaves the topic.
    await page.getByLabel(m['filters.topic'], { exact: true }).selectOption('restrictions-on-freedoms');
    await expectTitles(page, lang, ['Protest dispersed']);
    const removeKind = chips(page, lang).getByRole('button', { name: new RegExp(m['kind.observation']) });
    await removeKind.focus();
    await page.keyboard.press('Enter');
    await expectTitles(page, lang, ['Protest dispersed', 'Coalition meeting']);
    await expect(chips(page, lang)).not.toContainText(m['kind.observation']);
    await expect(chips(page, lang).getByRole('button', { name: m['filters.clear'] })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectTitles(page, lang, all);
    await expect(chips(page, lang)).toHaveCount(0);

    // A tag, applied with Enter.
    const tag = page.getByLabel(m['filters.tag'], { exact: true });
    await tag.fill('land rights');
    await tag.press('Enter');
    await expectTitles(page, lang, ['NGO accounts frozen', 'Coalition meeting']);
    await chips(page, lang).getByRole('button', { name: m['filters.clear'] }).click();
    await expectTitles(page, lang, all);
    await expect(tag).toHaveValue('');

    // Days typed in Arabic-Indic digits: March, both ends included. A day that does not exist is refused.
    const from = page.getByLabel(m['filters.from'], { exact: true });
    const until = page.getByLabel(m['filters.until'], { exact: true });
    await from.fill('٢٠٢٦-٠٢-٣٠');
    await from.press('Enter');
    await expect(page.getByText(lead(m['filters.problem.day']))).toBeVisible();
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expectTitles(page, lang, all);
    await from.fill('٢٠٢٦-٠٣-٠١');
    await until.fill('٢٠٢٦-٠٣-٢٠');
    await until.press('Enter');
    await expectTitles(page, lang, ['Embassy briefing', 'Protest dispersed']);
    await expect(chips(page, lang).getByRole('listitem')).toHaveCount(2);
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'filters-days');

    // Nothing left: the empty state says so and clears.
    await page.getByLabel(m['filters.kind'], { exact: true }).selectOption('consent');
    await expect(page.getByText(m['filters.none'])).toBeVisible();
    await expect(page.getByText(m['list.empty'])).toHaveCount(0);
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'filters-none');
    await page.locator('.empty').getByRole('button', { name: m['filters.clear'] }).click();
    await expectTitles(page, lang, all);
  });

  test(`filters survive opening an entry and coming back (${lang})`, async ({ app }) => {
    const { page } = app;
    const m = messages[lang];
    await seeded(app, lang);
    await page.getByText(m['filters.heading'], { exact: true }).click();
    await page.getByLabel(m['filters.kind'], { exact: true }).selectOption('meeting');
    await expectTitles(page, lang, ['Embassy briefing', 'Coalition meeting']);
    await list(page, lang).getByText('Coalition meeting').click();
    await expect(page.getByLabel(m['editor.title'], { exact: true })).toHaveValue('Coalition meeting');
    await page.getByRole('button', { name: m['editor.back'] }).click();
    await expectTitles(page, lang, ['Embassy briefing', 'Coalition meeting']);
    await expect(chips(page, lang)).toContainText(m['kind.meeting']);
  });

  test(`filter by a person, chosen and shown by pseudonym (${lang})`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    await ctx.vault.create(PASSPHRASE);
    ctx.preferences.set({ language: lang });
    const cedar = (await core(ctx, 'person:create', { person: { pseudonym: 'Cedar' }, identity: { realName: 'Real Name Never Shown', contacts: '' } })) as { id: string };
    const entries = ctx.vault.requireNotebook().entries;
    entries.createMany([
      entryInputSchema.parse({ kind: 'meeting', title: 'Met Cedar at the office', occurredAt: '2026-02-01T12:00:00.000Z', participantRefs: [{ personId: cedar.id }] }),
      entryInputSchema.parse({ kind: 'meeting', title: 'Met the bar association', occurredAt: '2026-02-02T12:00:00.000Z' }),
    ]);
    await app.open();
    await expectTitles(page, lang, ['Met the bar association', 'Met Cedar at the office']);
    await page.getByText(m['filters.heading'], { exact: true }).click();
    await page.getByLabel(m['filters.person'], { exact: true }).selectOption(cedar.id);
    await expectTitles(page, lang, ['Met Cedar at the office']);
    await expect(chips(page, lang)).toContainText('Cedar');
    await expect(page.getByText('Real Name Never Shown')).toHaveCount(0);
  });

  test(`an earlier version opens read only, beside the current one (${lang})`, async ({ app }) => {
    // Two axe runs and two screenshots on a shared machine.
    test.setTimeout(120_000);
    const { page, ctx } = app;
    const m = messages[lang];
    await ctx.vault.create(PASSPHRASE);
    ctx.preferences.set({ language: lang });
    const first = (await core(ctx, 'entry:create', { entry: meetingInput('Visit to the detention centre', 'Guards refused entry at the first gate.') })) as Entry;
    const final = (await core(ctx, 'entry:finalize', { id: first.id, revision: first.revision })) as Entry;
    await core(ctx, 'entry:update', { id: first.id, revision: final.revision, entry: meetingInput('Visit to the detention centre (corrected)', 'Guards refused entry at the second gate.') });
    await app.open();

    await list(page, lang).getByText('Visit to the detention centre (corrected)').click();
    await page.getByText(m['history.heading'], { exact: true }).click();
    const versions = page.locator('.history__open');
    await expect(versions).toHaveCount(2);
    // The first version written: by keyboard.
    await versions.first().focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading')).toContainText(lead(m['versions.heading']));
    await expect(dialog).toContainText('Guards refused entry at the first gate.');
    await expect(dialog).toContainText('Visit to the detention centre');
    await expect(dialog).not.toContainText('second gate');
    await expect(dialog).toContainText(m['versions.status.draft']);
    await expect(dialog.getByRole('button', { name: m['common.close'] })).toBeFocused();
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'version-view');

    await dialog.getByRole('button', { name: m['versions.compare'] }).click();
    const comparison = dialog.getByRole('group', { name: m['versions.comparison'] });
    await expect(comparison).toContainText('first gate');
    await expect(comparison).toContainText('second gate');
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'version-compare');

    // Escape returns to the history, the focus where it was.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(versions.first()).toBeFocused();

    // The version saved when the entry was final says so.
    await versions.nth(1).click();
    await expect(page.getByRole('dialog')).toContainText(m['versions.status.final']);
    await expect(page.getByRole('dialog')).toContainText('first gate');
  });
}
