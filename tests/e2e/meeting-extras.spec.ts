import { expectNoAxeViolations } from './support/axe';
import { messages, PASSPHRASE } from './support/flows';
import { expect, test } from './support/fixtures';
import { core } from './support/seed';

interface StoredMeeting {
  body: string;
  bodyDoc: { content: { type: string }[] } | null;
  participantRefs: { personId: string }[];
  concerns: string;
  followUps: { text: string; owner: string; dueOn: string | null; done: boolean }[];
  statements: { text: string; speaker: { personId: string } | null; doNotAttribute: boolean }[];
}

for (const lang of ['en', 'ar'] as const) {
  test(`meeting editor (${lang}): formatted notes, a linked participant, concerns, a follow-up due in Arabic-Indic digits, a passage not to attribute`, async ({ app }) => {
    const { page, ctx } = app;
    const m = messages[lang];
    ctx.preferences.set({ language: lang });
    await ctx.vault.create(PASSPHRASE);
    const person = (await core(ctx, 'person:create', { person: { kind: 'person', pseudonym: 'Cedar' } })) as { id: string };
    await app.open();

    await page.getByRole('button', { name: m['nav.newNote'] }).click();
    await page.getByLabel(m['editor.title'], { exact: true }).fill('Coalition meeting');
    const body = page.getByRole('textbox', { name: m['editor.body'] });
    await body.click();
    await page.getByRole('toolbar', { name: m['richText.toolbar'] }).getByRole('button', { name: m['richText.heading'], exact: true }).click();
    await page.keyboard.type('Harbour arrests');
    await page.keyboard.press('Enter');
    await page.keyboard.type('تحدثوا عن الاعتقالات');

    // Linking: the picker shows pseudonyms only; the link appears as a removable row.
    await page.getByLabel(m['meeting.links.add'], { exact: true }).selectOption(person.id);
    await page.getByRole('button', { name: m['meeting.links.add'], exact: true }).click();
    await expect(page.getByRole('button', { name: /Cedar/ })).toBeVisible();

    await page.getByLabel(m['meeting.concerns'], { exact: true }).fill('Raise the detentions with the ambassador.');

    // Keyboard: Add puts the cursor in the new row's first field.
    await page.getByRole('button', { name: m['meeting.followUps.add'] }).press('Enter');
    await expect(page.getByLabel(m['meeting.followUps.text'], { exact: true })).toBeFocused();
    await page.keyboard.type('Send the list of detainees');
    await page.getByLabel(m['meeting.followUps.owner'], { exact: true }).fill('Political officer');
    const due = page.getByLabel(m['meeting.followUps.dueOn'], { exact: true });
    await due.fill('2026-13-01');
    await expect(page.getByText(m['meeting.followUps.dueProblem'])).toBeVisible();
    await due.fill('٢٠٢٦-١٢-٠١');
    await expect(page.getByText(m['meeting.followUps.dueProblem'])).toBeHidden();

    await page.getByRole('button', { name: m['meeting.statements.add'] }).press('Enter');
    await expect(page.getByLabel(m['meeting.statements.text'], { exact: true })).toBeFocused();
    await page.keyboard.type('We were followed after the last meeting.');
    await page.getByLabel(m['meeting.statements.speaker'], { exact: true }).selectOption(person.id);
    const doNotAttribute = page.getByRole('checkbox', { name: m['meeting.statements.doNotAttribute'] });
    await expect(doNotAttribute).toHaveAccessibleDescription(m['meeting.statements.doNotAttributeHint']);
    await doNotAttribute.check();

    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'meeting-extras');
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status').filter({ hasText: m['editor.saved'].split('{')[0] ?? '' })).toBeVisible();

    const { entries } = (await core(ctx, 'entry:list', { kind: 'meeting' })) as { entries: { id: string }[] };
    const saved = (await core(ctx, 'entry:get', { id: entries[0]?.id ?? '' })) as StoredMeeting;
    expect(saved.body).toBe('Harbour arrests\nتحدثوا عن الاعتقالات');
    expect(saved.bodyDoc?.content.map((block) => block.type)).toEqual(['heading', 'paragraph']);
    expect(saved.participantRefs).toEqual([{ personId: person.id }]);
    expect(saved.concerns).toBe('Raise the detentions with the ambassador.');
    expect(saved.followUps).toEqual([{ text: 'Send the list of detainees', owner: 'Political officer', dueOn: '2026-12-01', done: false }]);
    expect(saved.statements).toEqual([{ text: 'We were followed after the last meeting.', speaker: { personId: person.id }, doNotAttribute: true }]);

    // Removing a row gives the keyboard back to its Add button.
    await page.getByRole('region', { name: m['meeting.followUps.heading'] }).getByRole('button').first().click();
    await expect(page.getByRole('button', { name: m['meeting.followUps.add'] })).toBeFocused();
  });
}
