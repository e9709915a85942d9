import type { Locator, Page } from '@playwright/test';
import { messages, PASSPHRASE, type Lang } from './support/flows';
import { expect, test, type App } from './support/fixtures';
import { core, meetingInput } from './support/seed';
import { expectNoAxeViolations } from './support/axe';
import { expectBody } from './support/rich-body';

const PORT = { title: 'Meeting at the port authority', body: 'Dockworkers union asked for observers.' };
const SHELTER = { title: 'Visit to the shelter', body: 'Four families moved in.' };
const TYPED = ' They fear reprisals after the strike.';

interface Scene {
  page: Page;
  m: (typeof messages)[Lang];
  body: Locator;
  dialog: Locator;
  portId: string;
  draft: () => { entry: { body: string } } | null;
}

/** A saved note open with text typed after its last save. */
async function dirtyNote(app: App, lang: Lang): Promise<Scene> {
  const m = messages[lang];
  const { page, ctx } = app;
  ctx.preferences.set({ language: lang });
  await ctx.vault.create(PASSPHRASE);
  const port = (await core(ctx, 'entry:create', { entry: meetingInput(PORT.title, PORT.body) })) as { id: string };
  await core(ctx, 'entry:create', { entry: meetingInput(SHELTER.title, SHELTER.body) });
  await app.open();
  await page.getByText(PORT.title).click();
  const body = page.getByLabel(m['editor.body'], { exact: true });
  await expectBody(body, PORT.body);
  await body.press('End');
  await page.keyboard.type(TYPED);
  return {
    page,
    m,
    body,
    dialog: page.getByRole('alertdialog', { name: m['leave.title'] }),
    portId: port.id,
    draft: () => ctx.vault.requireNotebook().drafts.get(port.id),
  };
}

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: leaving by the sidebar asks first; Keep as draft keeps the text in the vault`, async ({ app }) => {
    const s = await dirtyNote(app, lang);
    await s.page.getByRole('button', { name: s.m['nav.settings'] }).click();
    await expect(s.dialog).toBeVisible();
    await expect(s.dialog.getByRole('button', { name: s.m['leave.keep'] })).toBeFocused();
    await expectNoAxeViolations(s.page, { seriousOnly: true });
    await app.screenshot(lang, 'leave-dialog');
    await s.dialog.getByRole('button', { name: s.m['leave.keep'] }).click();
    await expect(s.page.getByRole('heading', { name: s.m['settings.heading'] })).toBeVisible();
    await expect.poll(() => s.draft()?.entry.body).toBe(PORT.body + TYPED);
    // The list learns which notes wait with a draft (keys only, never their text).
    expect(await core(app.ctx, 'draft:list', {})).toEqual([s.portId]);

    // Back in the list, that note (and only that one) is marked as waiting with a draft.
    await s.page.getByRole('button', { name: s.m['nav.notes'] }).click();
    await expect(s.page.getByRole('option').filter({ hasText: PORT.title })).toContainText(s.m['list.hasDraft']);
    await expect(s.page.getByRole('option').filter({ hasText: SHELTER.title })).not.toContainText(s.m['list.hasDraft']);

    // Reopened, the note says the draft was kept on purpose (not by a lock).
    await s.page.getByText(PORT.title).click();
    await expect(s.page.getByText(s.m['editor.draft.restoredKept'])).toBeVisible();
    await expectBody(s.body, PORT.body + TYPED);
  });
}

test('en: Escape asks first; staying keeps the text on screen, Discard drops it and leaves no draft', async ({ app }) => {
  const s = await dirtyNote(app, 'en');
  await s.page.keyboard.press('Escape');
  await expect(s.dialog).toBeVisible();
  // Escape inside the question means "not now": back to the note, text intact.
  await s.page.keyboard.press('Escape');
  await expect(s.dialog).toBeHidden();
  await expectBody(s.body, PORT.body + TYPED);
  await s.page.keyboard.press('Escape');
  await s.dialog.getByRole('button', { name: s.m['leave.discard'] }).click();
  await expect(s.body).toBeHidden();
  await expect(s.page.getByRole('heading', { name: s.m['list.heading'] })).toBeVisible();
  await expect.poll(() => s.draft()).toBeNull();
  expect(((await core(app.ctx, 'entry:get', { id: s.portId })) as { body: string }).body).toBe(PORT.body);
});

test('en: Ctrl+N asks first; Save and leave saves, then the new note opens in its title', async ({ app }) => {
  const s = await dirtyNote(app, 'en');
  await s.page.keyboard.press('Control+n');
  await s.dialog.getByRole('button', { name: s.m['leave.save'] }).click();
  await expect(s.page.getByRole('heading', { name: s.m['editor.newHeading'] })).toBeVisible();
  await expect(s.page.getByLabel(s.m['editor.title'], { exact: true })).toBeFocused();
  expect(((await core(app.ctx, 'entry:get', { id: s.portId })) as { body: string }).body).toBe(PORT.body + TYPED);
  expect(s.draft()).toBeNull();
});

test('en: another note in the list and the Back button ask first too', async ({ app }) => {
  const s = await dirtyNote(app, 'en');
  await s.page.getByText(SHELTER.title).click();
  await expect(s.dialog).toBeVisible();
  await s.dialog.getByRole('button', { name: s.m['leave.keep'] }).click();
  await expectBody(s.body, SHELTER.body);
  await expect.poll(() => s.draft()?.entry.body).toBe(PORT.body + TYPED);

  await s.body.press('End');
  await s.page.keyboard.type(' Two children need school places.');
  await s.page.getByRole('button', { name: s.m['editor.back'] }).click();
  await expect(s.dialog).toBeVisible();
  await s.dialog.getByRole('button', { name: s.m['leave.discard'] }).click();
  await expect(s.body).toBeHidden();
});
