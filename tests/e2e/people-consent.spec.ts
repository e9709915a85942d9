import { meetingInputSchema } from '../../shared/domain/entries';
import { personInputSchema } from '../../shared/domain/people';
import { createTranslator } from '../../renderer/src/i18n/translate';
import { expectNoAxeViolations } from './support/axe';
import { expectDirection, expectLocked, messages, PASSPHRASE, unlock, type Lang } from './support/flows';
import { expect, test } from './support/fixtures';

const REAL_NAME = 'Canary Realname-Khoury';

// Each test walks several screens with axe on each, and a lock and unlock: minutes on a loaded machine.
test.describe.configure({ timeout: 180_000 });

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  test(`people: add a person, reveal and hide the real name (hidden again after navigation and after a lock), axe-clean (${lang})`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    await ctx.vault.create(PASSPHRASE);
    ctx.preferences.set({ language: lang });
    await app.open();
    await expectDirection(page, lang);
    const nav = page.getByRole('navigation');

    // Add a person, by keyboard.
    await nav.getByRole('button', { name: m['nav.people'] }).click();
    await expect(page.getByRole('heading', { name: m['people.heading'] })).toBeFocused();
    await expect(page.getByText(m['people.empty'])).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: m['people.add'] }).click();
    await page.getByLabel(m['people.field.pseudonym']).fill('Falcon');
    await page.getByLabel(m['people.field.realName']).fill(REAL_NAME);
    await page.getByLabel(m['people.field.risk']).selectOption('high');
    await page.getByRole('checkbox', { name: m['people.group.independent-journalists'] }).check();
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'person-form');
    await page.getByRole('button', { name: m['people.save'] }).press('Enter');
    await expect(page.getByRole('heading', { name: 'Falcon' })).toBeVisible();
    await expect(page.getByText(REAL_NAME)).toHaveCount(0);

    // Reveal, then hide.
    await page.getByRole('button', { name: m['people.reveal'] }).click();
    await expect(page.getByText(REAL_NAME)).toBeVisible();
    expect(await page.title()).not.toContain('Canary');
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'person-revealed');
    await page.getByRole('button', { name: m['people.hide'] }).click();
    await expect(page.getByText(REAL_NAME)).toHaveCount(0);
    await expect(page.getByRole('button', { name: m['people.reveal'] })).toBeVisible();

    // Revealed, then away and back: hidden again.
    await page.getByRole('button', { name: m['people.reveal'] }).click();
    await expect(page.getByText(REAL_NAME)).toBeVisible();
    await nav.getByRole('button', { name: m['nav.notes'] }).click();
    await nav.getByRole('button', { name: m['nav.people'] }).click();
    await page.getByRole('button', { name: /Falcon/ }).click();
    await expect(page.getByRole('heading', { name: 'Falcon' })).toBeVisible();
    await expect(page.getByText(REAL_NAME)).toHaveCount(0);

    // Revealed, then locked and unlocked: hidden again.
    await page.getByRole('button', { name: m['people.reveal'] }).click();
    await expect(page.getByText(REAL_NAME)).toBeVisible();
    await page.getByRole('button', { name: m['nav.lock'] }).click();
    await expectLocked(page, lang);
    await expect(page.getByText(REAL_NAME)).toHaveCount(0);
    await unlock(page, lang);
    await nav.getByRole('button', { name: m['nav.people'] }).click();
    await expect(page.getByRole('button', { name: /Falcon/ })).toBeVisible();
    await expect(page.getByText(REAL_NAME)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'people-list');
    await expect(page.getByRole('button', { name: m['people.reveal'] })).toHaveCount(0);

    const nb = ctx.vault.requireNotebook();
    expect(nb.audit.list({ limit: 50, offset: 0 }).records.filter((r) => r.action === 'person.name-revealed')).toHaveLength(3);
  });

  test(`consent: give one with Arabic-Indic dates, withdraw it behind a confirmation, seen on the person, axe-clean (${lang})`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    const { t } = createTranslator(lang);
    await ctx.vault.create(PASSPHRASE);
    const nb = ctx.vault.requireNotebook();
    const personId = nb.people.create(personInputSchema.parse({ pseudonym: 'Falcon', riskLevel: 'high' }), { realName: REAL_NAME, contacts: '' }).id;
    nb.entries.create(meetingInputSchema.parse({ kind: 'meeting', title: 'Met Falcon at the annex', participantRefs: [{ personId }] }));
    ctx.preferences.set({ language: lang });
    await app.open();
    await expectDirection(page, lang);
    const nav = page.getByRole('navigation');

    await nav.getByRole('button', { name: m['nav.consent'] }).click();
    await expect(page.getByRole('heading', { name: m['consent.heading'] })).toBeFocused();
    await expect(page.getByText(m['consent.empty'])).toBeVisible();
    await page.getByRole('button', { name: m['consent.give'] }).click();
    await page.getByRole('button', { name: m['consent.save'] }).click();
    await expect(page.getByText(m['consent.problem.person'])).toBeVisible();
    await page.getByLabel(m['consent.field.person']).selectOption({ label: `Falcon (${t('people.kind.person')})` });
    await page.getByRole('checkbox', { name: m['consent.scope.contact-and-meet'] }).check();
    await page.getByRole('checkbox', { name: m['consent.scope.named-in-hq-reporting'] }).check();
    await page.getByLabel(m['consent.field.givenOn']).fill('٢٠٢٦-١١-٠١');
    await page.getByLabel(m['consent.field.expiresOn']).fill('2099-13-01');
    await page.getByRole('button', { name: m['consent.save'] }).click();
    await expect(page.getByText(m['consent.problem.date'])).toBeVisible();
    await page.getByLabel(m['consent.field.expiresOn']).fill('2099-12-31');
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'consent-form');
    await page.getByRole('button', { name: m['consent.save'] }).click();
    await expect(page.getByRole('status').filter({ hasText: m['consent.saved'] })).toBeVisible();
    const active = page.getByRole('region', { name: m['consent.state.active'] });
    await expect(active.getByRole('listitem')).toHaveCount(1);
    await expect(active).toContainText('Falcon');
    await expect(active).toContainText(m['consent.scope.named-in-hq-reporting']);
    await expect(page.getByText(REAL_NAME)).toHaveCount(0);
    expect(nb.consent.covers(personId, 'named-in-hq-reporting').covered).toBe(true);
    const consentRow = nb.consent.ledger({ personId })[0];
    expect(consentRow?.givenOn).toBe('2026-11-01');
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'consent-ledger');

    // Withdraw: asked first (Cancel has the focus), then at once.
    await active.getByRole('button', { name: m['consent.withdraw'] }).click();
    const dialog = page.getByRole('alertdialog', { name: m['consent.withdrawTitle'] });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: m['common.cancel'] })).toBeFocused();
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'consent-withdraw');
    await dialog.getByLabel(m['consent.withdrawHow']).fill('by phone');
    await dialog.getByRole('button', { name: m['consent.withdrawConfirm'] }).click();
    const withdrawn = page.getByRole('region', { name: m['consent.state.withdrawn'] });
    await expect(withdrawn.getByRole('listitem')).toHaveCount(1);
    await expect(withdrawn.getByRole('button', { name: m['consent.withdraw'] })).toHaveCount(0);
    expect(nb.consent.covers(personId, 'named-in-hq-reporting')).toEqual({ covered: false, missingScope: 'named-in-hq-reporting', reason: 'withdrawn' });

    // The person's page lists the consent and the entries that refer to them.
    await nav.getByRole('button', { name: m['nav.people'] }).click();
    await page.getByRole('button', { name: /Falcon/ }).click();
    await expect(page.getByRole('region', { name: m['people.consents'] })).toContainText(m['consent.state.withdrawn']);
    // The meeting that names them and the consent itself.
    const entries = page.getByRole('region', { name: m['people.entries'] }).getByRole('listitem');
    await expect(entries).toHaveCount(2);
    await expect(entries.filter({ hasText: 'Met Falcon at the annex' })).toHaveCount(1);
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'person-view');
    const audit = nb.audit.list({ limit: 50, offset: 0 }).records.map((r) => r.action);
    expect(audit).toEqual(expect.arrayContaining(['consent.given', 'consent.withdrawn']));
  });
}
