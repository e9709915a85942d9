import type { Page } from '@playwright/test';
import { expectLocked, messages, PASSPHRASE, unlock } from './support/flows';
import { expect, test, type App } from './support/fixtures';
import { core, meetingInput } from './support/seed';
import { expectBody } from './support/rich-body';

const m = messages.en;
const TITLE = 'Night visit to Juniper after the arrests';
const BODY = 'Juniper (pseudonym) says two more organisers were taken from the market at dawn.';

async function expectNoTextAfterLock(page: Page, app: App, secrets: readonly string[]): Promise<void> {
  await expect.poll(() => app.ctx.vault.status().state).toBe('locked');
  await expectLocked(page, 'en');
  const html = await page.content();
  for (const secret of secrets) expect(html).not.toContain(secret);
  const values = await page.locator('input, textarea').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value).join('|'));
  for (const secret of secrets) expect(values).not.toContain(secret);
}

const draftOf = (app: App, key: string) => app.ctx.vault.requireNotebook().drafts.get(key);

test('unsaved text in a new note survives a quick lock as an encrypted draft, and saving removes the draft', async ({ app }) => {
  const { page, ctx } = app;
  await ctx.vault.create(PASSPHRASE);
  await app.open();
  await page.getByRole('button', { name: m['nav.newNote'] }).click();
  await page.getByLabel(m['editor.title'], { exact: true }).fill(TITLE);
  await page.getByLabel(m['editor.body'], { exact: true }).fill(BODY);
  await expect(page.getByRole('status').filter({ hasText: m['editor.draft.kept'] })).toBeVisible();
  expect(draftOf(app, 'new:meeting')).toMatchObject({ baseRevision: null, entry: { title: TITLE, body: BODY } });

  await page.getByLabel(m['editor.body'], { exact: true }).press('Control+l');
  await expectNoTextAfterLock(page, app, [TITLE, 'Juniper', 'organisers']);

  await unlock(page, 'en');
  await expect(page.getByRole('heading', { name: m['list.heading'] })).toBeVisible();
  await page.getByRole('button', { name: m['nav.newNote'] }).click();
  await expect(page.getByText(m['editor.draft.restored'])).toBeVisible();
  await expect(page.getByText(m['editor.draft.stale'])).toBeHidden();
  await expect(page.getByLabel(m['editor.title'], { exact: true })).toHaveValue(TITLE);
  await expectBody(page.getByLabel(m['editor.body'], { exact: true }), BODY);

  await page.getByRole('button', { name: m['editor.save'], exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved at' })).toBeVisible();
  await expect(page.getByText(m['editor.draft.restored'])).toBeHidden();
  expect(draftOf(app, 'new:meeting')).toBeNull();
  const list = (await core(ctx, 'entry:list', {})) as { entries: { title: string }[] };
  expect(list.entries.map((e) => e.title)).toEqual([TITLE]);
});

test('a draft of a note changed elsewhere is restored with a warning, never saved over it, and can be discarded', async ({ app }) => {
  const { page, ctx } = app;
  await ctx.vault.create(PASSPHRASE);
  const created = (await core(ctx, 'entry:create', { entry: meetingInput(TITLE, 'First version.') })) as { id: string };
  await app.open();
  await page.getByText(TITLE).click();
  const body = page.getByLabel(m['editor.body'], { exact: true });
  await expectBody(body, 'First version.');
  await body.fill(BODY);
  await expect(page.getByRole('status').filter({ hasText: m['editor.draft.kept'] })).toBeVisible();

  // Another window saves revision 2; then the core locks (as an idle or suspend lock does).
  await core(ctx, 'entry:update', { id: created.id, revision: 1, entry: meetingInput(TITLE, 'Changed elsewhere.') });
  ctx.vault.lock();
  await expectNoTextAfterLock(page, app, [TITLE, 'Juniper', 'Changed elsewhere']);

  await unlock(page, 'en');
  await page.getByText(TITLE).click();
  await expect(page.getByText(m['editor.draft.stale'])).toBeVisible();
  await expectBody(body, BODY);

  // Saving the stale text is refused, not merged: the newer version stays as it is.
  await page.getByRole('button', { name: m['editor.save'], exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: m['error.CONFLICT'] })).toBeVisible();
  expect(((await core(ctx, 'entry:get', { id: created.id })) as { body: string }).body).toBe('Changed elsewhere.');
  expect(draftOf(app, created.id)?.entry.body).toBe(BODY);

  await page.getByRole('button', { name: m['editor.draft.discard'] }).click();
  await expectBody(body, 'Changed elsewhere.');
  await expect(page.getByText(m['editor.draft.restored'])).toBeHidden();
  await expect.poll(() => draftOf(app, created.id)).toBeNull();
});

test('a quick lock pressed mid-sentence keeps the words typed just before it', async ({ app }) => {
  const { page, ctx } = app;
  await ctx.vault.create(PASSPHRASE);
  await app.open();
  await page.getByRole('button', { name: m['nav.newNote'] }).click();
  await page.getByLabel(m['editor.title'], { exact: true }).fill(TITLE);
  const body = page.getByLabel(m['editor.body'], { exact: true });
  await body.fill(BODY);
  // No pause for the debounced autosave: the lock itself must write the draft first.
  await body.press('Control+l');
  await expectNoTextAfterLock(page, app, [TITLE, 'Juniper', 'organisers']);
  expect(ctx.vault.status().state).toBe('locked');

  await unlock(page, 'en');
  await page.getByRole('button', { name: m['nav.newNote'] }).click();
  await expectBody(page.getByLabel(m['editor.body'], { exact: true }), BODY);
});
