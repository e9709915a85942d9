import { messages, PASSPHRASE } from './support/flows';
import { expect, test } from './support/fixtures';
import { core, meetingInput } from './support/seed';
import { expectBody } from './support/rich-body';

test('a stale save is refused with CONFLICT, nothing typed is lost, and it can be kept as a new note', async ({ app }) => {
  const { page, ctx } = app;
  const m = messages.en;
  await ctx.vault.create(PASSPHRASE);
  const created = (await core(ctx, 'entry:create', { entry: meetingInput('Coalition briefing', 'First version.') })) as { id: string };
  await app.open();
  await page.getByText('Coalition briefing').click();
  const body = page.getByLabel(m['editor.body'], { exact: true });
  await expectBody(body, 'First version.');

  // Someone else (another window, the CLI) saves revision 2 while this editor holds revision 1.
  await core(ctx, 'entry:update', { id: created.id, revision: 1, entry: meetingInput('Coalition briefing', 'Changed elsewhere.') });

  const mine = 'My paragraph about the reprisal against the coalition lawyer.';
  await body.fill(mine);
  await page.getByRole('button', { name: m['editor.save'], exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: m['error.CONFLICT'] })).toBeVisible();
  await expectBody(body, mine);

  await page.getByRole('button', { name: m['editor.saveAsNew'] }).click();
  await expect(page.getByText(m['error.CONFLICT'])).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Saved at' })).toBeVisible();
  await page.getByRole('button', { name: m['editor.back'] }).click();
  await expect(page.locator('.entry-card')).toHaveCount(2);
  const list = (await core(ctx, 'entry:list', { kind: 'meeting' })) as { entries: { id: string }[] };
  const other = list.entries.find((e) => e.id !== created.id);
  const saved = (await core(ctx, 'entry:get', { id: other?.id ?? '' })) as { body: string };
  expect(saved.body).toBe(mine);
  const untouched = (await core(ctx, 'entry:get', { id: created.id })) as { body: string; revision: number };
  expect(untouched).toMatchObject({ body: 'Changed elsewhere.', revision: 2 });
});
