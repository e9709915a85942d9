import type { Page } from '@playwright/test';
import { consentInputSchema } from '../../shared/domain/kinds/consent';
import { meetingInputSchema } from '../../shared/domain/entries';
import { observationInputSchema } from '../../shared/domain/kinds/observation';
import { trialInputSchema } from '../../shared/domain/kinds/trial';
import { personInputSchema } from '../../shared/domain/people';
import type { EntryOf } from '../../shared/domain/entries';
import { expectNoAxeViolations } from './support/axe';
import { expectDirection, messages, PASSPHRASE, save, type Lang } from './support/flows';
import { expect, test } from './support/fixtures';
import { dayFromToday, toArabicDigits } from './support/days';

// Several screens, each with axe: minutes on a loaded machine.
test.describe.configure({ timeout: 180_000 });

const REASON = 'Detained overnight and unreachable; the lawyer asked us to attend.';

function actionItem(page: Page, lang: Lang, key: 'public-statement' | 'attend-proceedings' | 'meet-or-contact') {
  const m = messages[lang];
  return page.getByRole('listitem').filter({ has: page.getByLabel(m[`case.action.${key}`], { exact: true }) });
}

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  test(`a defender case: one action refused by the gate, one overridden with a reason; Upcoming; the civic-space week (${lang})`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    await ctx.vault.create(PASSPHRASE);
    ctx.preferences.set({ language: lang });
    const nb = ctx.vault.requireNotebook();
    const heron = nb.people.create(personInputSchema.parse({ pseudonym: 'Heron' }), { realName: 'Canary Realname', contacts: '' });
    nb.entries.create(consentInputSchema.parse({ kind: 'consent', title: 'Consent of Heron', personId: heron.id, scopes: ['contact-and-meet'], givenOn: dayFromToday(-10) }));
    nb.entries.create(trialInputSchema.parse({ kind: 'trial', title: 'Heron before the state security court', adjournment: { adjourned: true, nextHearingOn: dayFromToday(3) } }));
    const meetingAt = new Date(`${dayFromToday(-2)}T10:00:00`).toISOString();
    nb.entries.create(
      meetingInputSchema.parse({
        kind: 'meeting',
        title: 'Coalition of land defenders',
        occurredAt: meetingAt,
        country: 'Freedonia',
        topics: ['attacks-on-defenders'],
        participantRefs: [{ personId: heron.id }],
        followUps: [{ text: 'Send the trial calendar', dueOn: dayFromToday(1) }],
      }),
    );
    nb.entries.create(observationInputSchema.parse({ kind: 'observation', title: 'NGO law passed', occurredAt: meetingAt, country: 'Freedonia', topics: ['restrictions-on-freedoms', 'funding-and-registration'] }));

    await app.open();
    await expectDirection(page, lang);
    const nav = page.getByRole('navigation');

    // A new case, the defender chosen by pseudonym.
    await page.getByRole('button', { name: m['newEntry.menu'] }).click();
    await page.getByRole('button', { name: m['kind.case'] }).click();
    await expect(page.getByRole('heading', { name: m['case.newHeading'] })).toBeVisible();
    await page.getByLabel(m['editor.title'], { exact: true }).fill('Heron: threats after the UN session');
    await page.getByLabel(m['case.defender'], { exact: true }).selectOption(heron.id);
    await page.getByRole('checkbox', { name: m['case.threat.reprisal-un-engagement'] }).check();

    // Covered: meeting the defender, which their consent names.
    await page.getByLabel(m['case.action.meet-or-contact'], { exact: true }).selectOption('done');
    await actionItem(page, lang, 'meet-or-contact').getByRole('checkbox', { name: m['case.onBehalf'] }).click();
    await expect(actionItem(page, lang, 'meet-or-contact').getByText(m['case.covered'])).toBeVisible();

    // Refused: a public statement; the dialog names the missing consent, and cancelling leaves it undone.
    await page.getByLabel(m['case.action.public-statement'], { exact: true }).selectOption('done');
    await actionItem(page, lang, 'public-statement').getByRole('checkbox', { name: m['case.onBehalf'] }).click();
    const dialog = page.getByRole('alertdialog', { name: m['case.gate.title'] });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(m['consent.scope.named-in-public-statements']);
    await expect(dialog.getByRole('button', { name: m['case.gate.confirm'] })).toBeDisabled();
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'case-gate');
    await dialog.getByRole('button', { name: m['common.cancel'] }).click();
    await expect(dialog).toHaveCount(0);
    await expect(actionItem(page, lang, 'public-statement').getByRole('checkbox', { name: m['case.onBehalf'] })).not.toBeChecked();

    // Overridden: attending the hearing, with the reason written.
    await page.getByLabel(m['case.action.attend-proceedings'], { exact: true }).selectOption('planned');
    await actionItem(page, lang, 'attend-proceedings').getByLabel(m['case.actionDate'], { exact: true }).fill(lang === 'ar' ? toArabicDigits(dayFromToday(3)) : dayFromToday(3));
    await actionItem(page, lang, 'attend-proceedings').getByRole('checkbox', { name: m['case.onBehalf'] }).click();
    await expect(dialog).toContainText(m['consent.scope.visible-attendance-at-hearings']);
    await dialog.getByLabel(m['case.gate.reason'], { exact: true }).fill(REASON);
    await dialog.getByRole('button', { name: m['case.gate.confirm'] }).click();
    await expect(actionItem(page, lang, 'attend-proceedings').getByRole('checkbox', { name: m['case.onBehalf'] })).toBeChecked();
    await expect(actionItem(page, lang, 'attend-proceedings').getByText(REASON)).toBeVisible();
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'case-editor');
    await save(page, lang);

    const [summary] = nb.entries.list({ kind: 'case', limit: 10, offset: 0 }).entries;
    const stored = nb.entries.get(summary?.id ?? '') as EntryOf<'case'>;
    expect(stored.actions.map((a) => [a.action, a.onBehalf, a.overrideReason])).toEqual(
      expect.arrayContaining([
        ['meet-or-contact', true, ''],
        ['public-statement', false, ''],
        ['attend-proceedings', true, REASON],
      ]),
    );
    expect(stored.actions.find((a) => a.action === 'attend-proceedings')?.date).toBe(dayFromToday(3));
    const overrides = nb.audit.list({ limit: 50, offset: 0 }).records.filter((r) => r.action === 'consent.gate-overridden');
    expect(overrides.map((r) => r.detail)).toEqual([expect.objectContaining({ scope: 'visible-attendance-at-hearings', personId: heron.id })]);

    // Cases: status and pseudonym, filtered by status.
    await nav.getByRole('button', { name: m['nav.cases'] }).click();
    await expect(page.getByRole('heading', { name: m['cases.heading'] })).toBeFocused();
    const cases = page.getByRole('list', { name: m['cases.heading'] });
    await expect(cases.getByRole('button', { name: /Heron: threats/ })).toContainText('Heron');
    await expect(cases.getByRole('button', { name: /Heron: threats/ })).toContainText(m['case.status.open']);
    await page.getByLabel(m['cases.filter'], { exact: true }).selectOption('closed');
    await expect(page.getByText(m['cases.noMatch'])).toBeVisible();
    await page.getByLabel(m['cases.filter'], { exact: true }).selectOption('open');
    await cases.getByRole('button', { name: /Heron: threats/ }).click();
    await expect(page.getByRole('list', { name: m['case.meetings'] }).getByRole('button', { name: /Coalition of land defenders/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'cases');

    // Upcoming: the follow-up tomorrow and the next hearing (with the planned attendance) this week.
    await nav.getByRole('button', { name: m['nav.upcoming'] }).click();
    await expect(page.getByRole('heading', { name: m['upcoming.heading'] })).toBeFocused();
    const week = page.getByRole('list', { name: m['upcoming.bucket.week'] });
    await expect(week.getByRole('button', { name: /Coalition of land defenders/ })).toContainText(m['upcoming.what.follow-up']);
    await expect(week.getByRole('button', { name: /state security court/ })).toContainText(m['upcoming.what.hearing']);
    await expect(week.getByRole('button', { name: /Heron: threats/ })).toContainText(m['upcoming.what.case-action']);
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'upcoming');
    await week.getByRole('button', { name: /state security court/ }).click();
    await expect(page.getByLabel(m['editor.title'], { exact: true })).toHaveValue('Heron before the state security court');

    // Civic space: Freedonia, the last week, typed in the interface's digits.
    await nav.getByRole('button', { name: m['nav.civicSpace'] }).click();
    await expect(page.getByRole('heading', { name: m['civic.heading'] })).toBeFocused();
    await page.getByLabel(m['civic.country'], { exact: true }).selectOption('Freedonia');
    const typed = (day: string) => (lang === 'ar' ? toArabicDigits(day) : day);
    await page.getByLabel(m['civic.from'], { exact: true }).fill(typed(dayFromToday(-6)));
    await page.getByLabel(m['civic.until'], { exact: true }).fill(typed(dayFromToday(0)));
    await page.getByRole('button', { name: m['civic.show'] }).click();
    await expect(page.getByRole('list', { name: m['topic.restrictions-on-freedoms'] }).getByRole('button', { name: /NGO law passed/ })).toBeVisible();
    await expect(page.getByRole('list', { name: m['topic.attacks-on-defenders'] }).getByRole('button', { name: /Coalition of land defenders/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: m['topic.surveillance'] })).toBeVisible();
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'civic-space');
  });
}
