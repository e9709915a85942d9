import { caseInputSchema } from '../../shared/domain/kinds/case';
import { consentInputSchema } from '../../shared/domain/kinds/consent';
import type { EntryOf } from '../../shared/domain/entries';
import { personInputSchema } from '../../shared/domain/people';
import { handlers } from '../../electron/core/handlers/handlers';
import { expectNoAxeViolations } from './support/axe';
import { expectDirection, messages, PASSPHRASE, save, type Lang } from './support/flows';
import { expect, test } from './support/fixtures';

// Several editors, each with axe: minutes on a loaded machine.
test.describe.configure({ timeout: 300_000 });

const REAL_NAME = 'Canary Realname-Haddad';

/** Counts the reads of one entry through entry:get (the handler map is what every dispatch reads). */
function countEntryReads(): { count: () => number; restore: () => void } {
  const original = handlers['entry:get'];
  let reads = 0;
  handlers['entry:get'] = (ctx, input) => {
    reads += 1;
    return original(ctx, input);
  };
  return { count: () => reads, restore: () => void (handlers['entry:get'] = original) };
}

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  test(`records link up: a consent in the entry editor (edit, withdraw at once, a new one), a meeting linked to a case, a real name removed (${lang})`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    await ctx.vault.create(PASSPHRASE);
    ctx.preferences.set({ language: lang });
    const nb = ctx.vault.requireNotebook();
    const heron = nb.people.create(personInputSchema.parse({ pseudonym: 'Heron' }), { realName: REAL_NAME, contacts: 'Signal only' });
    const consent = nb.entries.create(consentInputSchema.parse({ kind: 'consent', title: 'Consent of Heron', personId: heron.id, scopes: ['contact-and-meet'], givenOn: '2026-11-01' }));
    const theCase = nb.entries.create(caseInputSchema.parse({ kind: 'case', title: 'Heron: threats after the UN session', defenderId: heron.id }));
    const reads = countEntryReads();

    await app.open();
    await expectDirection(page, lang);

    // A consent opened from the Notes list is edited in the shared frame, read once.
    await page.getByRole('option').filter({ hasText: 'Consent of Heron' }).click();
    await expect(page.getByRole('heading', { name: m['consent.editor.editHeading'] })).toBeVisible();
    const person = page.getByLabel(m['consent.field.person'], { exact: true });
    await expect(person).toBeDisabled();
    await expect(person.locator('option:checked')).toHaveText(/Heron/);
    reads.restore();
    expect(reads.count()).toBe(1);
    await page.getByLabel(m['consent.field.witness'], { exact: true }).fill('The coalition’s lawyer');
    await expect(page.getByRole('checkbox', { name: m['consent.scope.contact-and-meet'] })).toBeChecked();
    await page.getByRole('checkbox', { name: m['consent.scope.visible-attendance-at-hearings'] }).check();
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'consent-editor');
    await save(page, lang);
    expect(nb.entries.get(consent.id)).toMatchObject({ witness: 'The coalition’s lawyer', scopes: ['contact-and-meet', 'visible-attendance-at-hearings'], withdrawal: null });

    // Withdraw: stored at once, and the editor says so (no Withdraw any more).
    await page.getByRole('button', { name: m['consent.withdraw'], exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: m['consent.withdrawTitle'] });
    await dialog.getByLabel(m['consent.withdrawHow']).fill('by phone');
    await dialog.getByRole('button', { name: m['consent.withdrawConfirm'] }).click();
    await expect(page.getByTestId('consent-withdrawn')).toBeVisible();
    await expect(page.getByRole('button', { name: m['consent.withdraw'], exact: true })).toHaveCount(0);
    expect((nb.entries.get(consent.id) as EntryOf<'consent'>).withdrawal).toMatchObject({ how: 'by phone' });
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'consent-withdrawn');

    // A new consent from Other kinds…: picking the person names it; it saves as a consent of theirs.
    await page.getByRole('button', { name: m['newEntry.menu'] }).click();
    await page.getByRole('button', { name: m['kind.consent'] }).click();
    await expect(page.getByRole('heading', { name: m['consent.editor.newHeading'] })).toBeVisible();
    await expect(page.getByText(m['consent.problem.person'])).toBeVisible();
    await page.getByLabel(m['consent.field.person'], { exact: true }).selectOption(heron.id);
    await expect(page.getByLabel(m['editor.title'], { exact: true })).toHaveValue(/Heron/);
    await page.getByRole('checkbox', { name: m['consent.scope.named-in-hq-reporting'] }).check();
    await page.getByLabel(m['consent.field.givenOn'], { exact: true }).fill('٢٠٢٦-١١-٢٠');
    await expectNoAxeViolations(page);
    await save(page, lang);
    const consents = nb.entries.list({ kind: 'consent', limit: 10, offset: 0 }).entries;
    expect(consents).toHaveLength(2);
    const fresh = nb.entries.get(consents.find((c) => c.id !== consent.id)!.id);
    expect(fresh).toMatchObject({ personId: heron.id, scopes: ['named-in-hq-reporting'], givenOn: '2026-11-20' });

    // A meeting linked to the case: listed under the case's facet.
    await page.getByRole('button', { name: m['nav.newNote'] }).first().click();
    await page.getByLabel(m['editor.title'], { exact: true }).fill('Met Heron’s lawyer');
    await page.locator('form.editor').getByLabel(m['records.casePicker.label'], { exact: true }).selectOption(theCase.id);
    await expectNoAxeViolations(page);
    await save(page, lang);
    const linked = nb.entries.list({ facets: [{ facet: 'case', value: theCase.id }], limit: 10, offset: 0 }).entries;
    expect(linked.map((e) => e.title)).toEqual(['Met Heron’s lawyer']);

    // A hearing: a defendant linked to People (by pseudonym), the case chosen by title, a formatted body.
    await page.getByRole('button', { name: m['newEntry.menu'] }).click();
    await page.getByRole('button', { name: m['kind.trial'] }).click();
    await expect(page.getByRole('heading', { name: m['trial.newHeading'], exact: true })).toBeVisible();
    await page.getByLabel(m['editor.title'], { exact: true }).fill('Heron before the court');
    await page.getByRole('button', { name: m['trial.defendants.add'] }).click();
    // The number is interpolated inside a bidi isolate.
    const [before, after] = m['records.defendantPerson'].split('{number}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const defendant = page.getByLabel(new RegExp(`^${before}\\p{Cf}?1\\p{Cf}?${after}$`, 'u'));
    await defendant.selectOption(heron.id);
    await expect(defendant.locator('option:checked')).toHaveText(/Heron/);
    await page.locator('form.editor').getByLabel(m['records.casePicker.label'], { exact: true }).selectOption(theCase.id);
    const body = page.getByRole('textbox', { name: m['trial.notes'] });
    await body.click();
    await page.keyboard.type('Heard from the family.');
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'trial-links');
    await save(page, lang);
    const [hearing] = nb.entries.list({ kind: 'trial', limit: 10, offset: 0 }).entries;
    const savedHearing = nb.entries.get(hearing!.id) as EntryOf<'trial'>;
    expect(savedHearing).toMatchObject({ defenderCaseId: theCase.id, hearing: { defendants: [{ personId: heron.id }] }, body: 'Heard from the family.' });
    expect(savedHearing.bodyDoc).not.toBeNull();
    expect(nb.entries.list({ facets: [{ facet: 'person', value: heron.id }], kind: 'trial', limit: 10, offset: 0 }).total).toBe(1);
    expect(nb.entries.list({ facets: [{ facet: 'case', value: theCase.id }], limit: 10, offset: 0 }).total).toBe(2);

    // People: the real name removed on purpose, the contacts kept; the name never on screen.
    await page.getByRole('navigation').getByRole('button', { name: m['nav.people'] }).click();
    await page.getByRole('button', { name: /Heron/ }).first().click();
    await page.getByRole('button', { name: m['people.edit'] }).click();
    await page.getByRole('checkbox', { name: m['people.field.removeRealName'] }).check();
    await expect(page.getByLabel(m['people.field.realName'], { exact: true })).toBeDisabled();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: m['people.save'], exact: true }).click();
    await expect(page.getByRole('button', { name: m['people.edit'] })).toBeVisible();
    expect(nb.people.reveal(heron.id)).toEqual({ realName: '', contacts: 'Signal only' });
    await expect(page.getByText(REAL_NAME)).toHaveCount(0);
  });
}
