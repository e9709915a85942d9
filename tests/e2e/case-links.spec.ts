import { caseInputSchema } from '../../shared/domain/kinds/case';
import { meetingInputSchema } from '../../shared/domain/kinds/meeting';
import { trialInputSchema } from '../../shared/domain/kinds/trial';
import { personInputSchema } from '../../shared/domain/people';
import { expectNoAxeViolations } from './support/axe';
import { expectDirection, messages, PASSPHRASE, type Lang } from './support/flows';
import { expect, test } from './support/fixtures';

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  test(`an opened case lists its hearings, its meetings and the defender's other meetings, each under its own heading (${lang})`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    await ctx.vault.create(PASSPHRASE);
    ctx.preferences.set({ language: lang });
    const nb = ctx.vault.requireNotebook();
    const heron = nb.people.create(personInputSchema.parse({ pseudonym: 'Heron' }), { realName: '', contacts: '' });
    const theCase = nb.entries.create(caseInputSchema.parse({ kind: 'case', title: 'Heron: threats after the UN session', defenderId: heron.id }));
    nb.entries.create(trialInputSchema.parse({ kind: 'trial', title: 'First hearing before the criminal court', defenderCaseId: theCase.id }));
    nb.entries.create(meetingInputSchema.parse({ kind: 'meeting', title: 'Met the defence lawyer', defenderCaseId: theCase.id, participantRefs: [{ personId: heron.id }] }));
    nb.entries.create(meetingInputSchema.parse({ kind: 'meeting', title: 'Coalition of land defenders', participantRefs: [{ personId: heron.id }] }));

    await app.open();
    await expectDirection(page, lang);
    await page.getByRole('navigation').getByRole('button', { name: m['nav.cases'] }).click();
    await page.getByRole('list', { name: m['cases.heading'] }).getByRole('button', { name: /Heron: threats/ }).click();

    const hearings = page.getByRole('list', { name: m['case.hearings'] });
    const caseMeetings = page.getByRole('list', { name: m['case.caseMeetings'] });
    const others = page.getByRole('list', { name: m['case.meetings'] });
    await expect(hearings.getByRole('button')).toHaveText([/First hearing/]);
    await expect(caseMeetings.getByRole('button')).toHaveText([/Met the defence lawyer/]);
    // The linked meeting names the defender too: listed once, under the case.
    await expect(others.getByRole('button')).toHaveText([/Coalition of land defenders/]);
    for (const key of ['case.hearings', 'case.caseMeetings', 'case.meetings'] as const) {
      await expect(page.getByRole('heading', { name: m[key], exact: true })).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });
}
