import type { Entry } from '../../shared/domain/entries';
import { messages, PASSPHRASE, type Lang } from './support/flows';
import { expect, test, type App } from './support/fixtures';
import { core } from './support/seed';
import { expectNoAxeViolations } from './support/axe';

/** A message with its one placeholder filled as the page shows it: isolated (FSI … PDI) for bidi safety. */
function fill(template: string, value: string): string {
  return template.replace(/\{\w+\}/, `\u2068${value}\u2069`);
}

async function openNotebook(app: App, lang: Lang): Promise<void> {
  app.ctx.preferences.set({ language: lang });
  await app.ctx.vault.create(PASSPHRASE);
  await app.open();
  await expect(app.page.getByRole('heading', { name: messages[lang]['list.heading'] })).toBeVisible();
}

/** The first hearing of the case, written earlier (through the core, as the CLI or another window would). */
async function seedFirstHearing(app: App): Promise<string> {
  const entry = (await core(app.ctx, 'entry:create', {
    entry: {
      kind: 'trial',
      title: 'First hearing, case 123',
      occurredAt: '2026-11-09T07:00:00Z',
      hearing: { caseNumber: '123 / 2026', courtName: 'Harbour District Court', stage: 'pre-trial' },
      adjournment: { adjourned: true, reason: 'Prosecution witnesses absent', nextHearingOn: '2026-11-23' },
    },
  })) as Entry;
  return entry.id;
}

// A hearing's editor is long (the checklist's sixteen items): axe reads all of it, twice per test.
test.describe.configure({ timeout: 180_000 });

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: a hearing written live (lines stamped by the clock), two checklist items citing log lines, saved, and the case timeline opening the earlier hearing`, async ({ app }) => {
    const m = messages[lang];
    const { page, ctx } = app;
    // 07:00 UTC is 10:00 in the browser's zone (Asia/Riyadh, playwright.config.ts).
    await page.clock.setFixedTime(new Date('2026-11-23T07:00:00Z'));
    await openNotebook(app, lang);
    const firstId = await seedFirstHearing(app);

    // Quick capture: the cursor is in the live log at once.
    await page.keyboard.press('Control+Shift+H');
    await expect(page.getByRole('heading', { name: m['trial.newHeading'], exact: true })).toBeVisible();
    const next = page.getByLabel(m['trial.log.input'], { exact: true });
    await expect(next).toBeFocused();
    await page.keyboard.type('Defendants brought in and kept in a glass cage.');
    await page.keyboard.press('Enter');
    await expect(next).toHaveValue('');
    await expect(page.getByLabel(fill(m['trial.log.lineText'], '1'), { exact: true })).toHaveValue('Defendants brought in and kept in a glass cage.');
    await expect(page.getByLabel(fill(m['trial.log.lineTime'], '1'), { exact: true })).toHaveValue('10:00');
    await page.clock.setFixedTime(new Date('2026-11-23T07:12:00Z'));
    await page.keyboard.type('Diplomats admitted after ID checks; the public kept outside.');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel(fill(m['trial.log.lineTime'], '2'), { exact: true })).toHaveValue('10:12');
    // A time typed late is corrected in place, Arabic-Indic digits accepted.
    const secondTime = page.getByLabel(fill(m['trial.log.lineTime'], '2'), { exact: true });
    await secondTime.fill('١٠:١٠');
    await secondTime.blur();
    await expect(secondTime).toHaveValue('10:10');

    await page.getByLabel(m['editor.title'], { exact: true }).fill('Second hearing, case 123');
    await page.getByLabel(m['trial.caseNumber'], { exact: true }).fill('123/2026');
    await page.getByLabel(m['trial.courtName'], { exact: true }).fill('Harbour District Court');
    await page.getByLabel(m['trial.courtType'], { exact: true }).selectOption('state-security');

    const innocence = m['trial.item.presumption-of-innocence'];
    await page.locator('summary', { hasText: innocence }).click();
    await page.getByLabel(fill(m['trial.checklist.finding'], innocence), { exact: true }).selectOption('concern');
    await page.getByLabel(fill(m['trial.checklist.evidence'], innocence), { exact: true }).fill('Kept in a cage throughout the hearing.');
    await page
      .getByRole('group', { name: fill(m['trial.checklist.cites'], innocence) })
      .getByRole('checkbox', { name: /glass cage/ })
      .check();
    const publicHearing = m['trial.item.public-hearing'];
    // Keyboard only: Tab to the summary is what a mouse-less officer does; Enter opens it.
    await page.locator('summary', { hasText: publicHearing }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel(fill(m['trial.checklist.finding'], publicHearing), { exact: true }).selectOption('not-observed');
    await page
      .getByRole('group', { name: fill(m['trial.checklist.cites'], publicHearing) })
      .getByRole('checkbox', { name: /public kept outside/ })
      .check();
    await expectNoAxeViolations(page, { seriousOnly: true });
    await app.screenshot(lang, 'trial-editor');

    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status').filter({ hasText: m['editor.saved'].split('{')[0] ?? '' })).toBeVisible();
    const list = (await core(ctx, 'entry:list', { kind: 'trial' })) as { entries: { id: string; title: string }[] };
    const savedId = list.entries.find((e) => e.title === 'Second hearing, case 123')?.id ?? '';
    const saved = (await core(ctx, 'entry:get', { id: savedId })) as Extract<Entry, { kind: 'trial' }>;
    expect(saved.log.map((l) => [l.at, l.text])).toEqual([
      ['2026-11-23T07:00:00.000Z', 'Defendants brought in and kept in a glass cage.'],
      ['2026-11-23T07:10:00.000Z', 'Diplomats admitted after ID checks; the public kept outside.'],
    ]);
    expect(saved.checklist).toEqual([
      { item: 'presumption-of-innocence', finding: 'concern', evidence: 'Kept in a cage throughout the hearing.', cites: [saved.log[0]?.id] },
      { item: 'public-hearing', finding: 'not-observed', evidence: '', cites: [saved.log[1]?.id] },
    ]);

    // The case timeline: the earlier hearing (typed "123 / 2026") with its adjournment, linked.
    const timeline = page.getByRole('region', { name: m['trial.section.timeline'] });
    await expect(timeline.getByRole('listitem')).toHaveCount(2);
    await expect(timeline).toContainText('Prosecution witnesses absent');
    await expectNoAxeViolations(page, { seriousOnly: true });
    await app.screenshot(lang, 'trial-timeline');
    await timeline.getByRole('button', { name: 'First hearing, case 123' }).click();
    await expect(page.getByRole('heading', { name: m['trial.editHeading'], exact: true })).toBeVisible();
    await expect(page.getByLabel(m['editor.title'], { exact: true })).toHaveValue('First hearing, case 123');
    await expect(page.getByRole('region', { name: m['trial.section.timeline'] }).getByRole('listitem').first()).toHaveAttribute('aria-current', 'true');
    expect(firstId).not.toBe(savedId);
  });

  test(`${lang}: quick capture from anywhere (search, a field) puts the cursor in a new hearing's log; the line shows before any save`, async ({ app }) => {
    const m = messages[lang];
    const { page, ctx } = app;
    await page.clock.setFixedTime(new Date('2026-11-23T08:30:00Z'));
    await openNotebook(app, lang);
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox')).toBeFocused();
    await page.keyboard.press('Control+Shift+H');
    const next = page.getByLabel(m['trial.log.input'], { exact: true });
    await expect(next).toBeFocused();
    await page.keyboard.type('Judge entered; hearing opened.');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel(fill(m['trial.log.lineTime'], '1'), { exact: true })).toHaveValue('11:30');
    expect(((await core(ctx, 'entry:list', { kind: 'trial' })) as { total: number }).total).toBe(0);
    await expectNoAxeViolations(page, { seriousOnly: true });
    await app.screenshot(lang, 'trial-quick-capture');

    // The help sheet lists the shortcut with the others.
    await page.keyboard.press('F1');
    const sheet = page.getByRole('dialog', { name: m['shortcuts.heading'] });
    await expect(sheet.getByRole('row').filter({ hasText: m['shortcuts.newHearing'] })).toContainText('Ctrl+Shift+H');
  });
}
