import type { Entry, EntryListPage } from '../../shared/domain/entries';
import { messages, PASSPHRASE } from './support/flows';
import { expect, test } from './support/fixtures';
import { installRenderCounter, readRenders, resetRenders, totalRenders } from './support/render-counter';
import { core } from './support/seed';

const m = messages.en;
const LINES = 400;
/** The parts of a hearing's form that neither a log line nor a save has any business redrawing. */
const FORM_PARTS = ['TrialFields', 'OpeningFields', 'HearingSection', 'AccessSection', 'RightsSection', 'OutcomeSection', 'ClosingFields', 'CaseTimeline'];

const lineLabel = (n: number) => m['trial.log.lineText'].replace(/\{\w+\}/, `\u2068${n}\u2069`);
const rendered = (counts: Record<string, number>, names: readonly string[]) => names.filter((name) => (counts[name] ?? 0) > 0);

/**
 * How much of a long hearing's editor React redraws for what the officer does in the courtroom
 * (counted by component, see support/render-counter.ts). Speed itself is measured in
 * bench/hearing-log.ts; this pins the cause: the work per keystroke must not grow with the hearing.
 */
test('a long hearing: a keystroke in the log redraws nothing, a new line one row, a save none of the form', async ({ app }) => {
  const { page, ctx } = app;
  await installRenderCounter(page);
  await ctx.vault.create(PASSPHRASE);
  const at = (i: number) => new Date(Date.UTC(2026, 10, 23, 7, 0, i)).toISOString();
  const log = Array.from({ length: LINES }, (_, i) => ({ id: `line-${i}`, at: at(i), text: `Line ${i}: counsel objected.` }));
  await core(ctx, 'draft:save', { key: 'new:trial', baseRevision: null, entry: { kind: 'trial', title: 'Long hearing', log }, keptOnPurpose: false });
  await app.open();
  await expect(page.getByRole('heading', { name: m['list.heading'] })).toBeVisible();
  await page.keyboard.press('Control+Shift+H');
  await expect(page.getByLabel(lineLabel(LINES), { exact: true })).toHaveValue(`Line ${LINES - 1}: counsel objected.`, { timeout: 30_000 });
  const input = page.getByLabel(m['trial.log.input'], { exact: true });
  await input.focus();

  await resetRenders(page);
  await page.keyboard.type('W');
  await expect(input).toHaveValue('W');
  // The input keeps its own text: the browser edits it, React draws nothing.
  expect(await readRenders(page)).toEqual({});

  await page.keyboard.type('itness heard.');
  await resetRenders(page);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(lineLabel(LINES + 1), { exact: true })).toHaveValue('Witness heard.');
  const afterLine = await readRenders(page);
  expect(afterLine.LineRow).toBe(1);
  // Only the block that takes the line: the full blocks before it are left alone.
  expect(afterLine.LogBlock).toBe(1);
  expect(rendered(afterLine, FORM_PARTS.filter((name) => name !== 'TrialFields'))).toEqual([]);
  // The log, the checklist that cites its lines, and the frame around them: not the hundreds of rows.
  expect(totalRenders(afterLine)).toBeLessThan(60);

  // Opening or saving four hundred lines on a loaded machine can outlast the default wait.
  // The first save creates the entry (the form learns its id: the case timeline appears); the next ones only update it.
  const savedStatus = page.getByRole('status').filter({ hasText: 'Saved at' });
  await page.keyboard.press('Control+s');
  await expect(savedStatus).toBeVisible({ timeout: 30_000 });
  await page.keyboard.type('Judge left.');
  await page.keyboard.press('Enter');
  await expect(savedStatus).toBeHidden();
  await resetRenders(page);
  await page.keyboard.press('Control+s');
  await expect(savedStatus).toBeVisible({ timeout: 30_000 });
  const afterSave = await readRenders(page);
  expect(rendered(afterSave, [...FORM_PARTS, 'HearingLog', 'LogBlock', 'LineRow', 'LogInput', 'FairTrialChecklist', 'ChecklistItem'])).toEqual([]);

  // And what was typed is what was saved.
  const list = (await core(ctx, 'entry:list', { kind: 'trial' })) as EntryListPage;
  const saved = (await core(ctx, 'entry:get', { id: list.entries[0]?.id ?? '' })) as Entry;
  expect(saved.kind === 'trial' ? saved.log.map((l) => l.text).slice(-3) : []).toEqual([`Line ${LINES - 1}: counsel objected.`, 'Witness heard.', 'Judge left.']);
});
