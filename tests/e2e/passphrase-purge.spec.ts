import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe';
import { PASSPHRASE, messages } from './support/flows';
import { expect, test } from './support/fixtures';
import { core, meetingInput } from './support/seed';

const NEW_PASSPHRASE = 'copper meadow lantern drifting';

test('create: a weak passphrase is refused with advice; the suggestion fills both fields and creates the vault (ar)', async ({ app }) => {
  const { page, ctx } = app;
  const m = messages.ar;
  ctx.preferences.set({ language: 'ar' });
  await app.open();
  const value = page.getByLabel(m['create.passphrase'], { exact: true });
  const confirm = page.getByLabel(m['create.confirm'], { exact: true });
  const submit = page.getByRole('button', { name: m['create.submit'] });

  // Twelve code points pass the old rule; the estimator refuses them, and the form says what to do.
  await value.fill('aaaaaaaaaaaa');
  await confirm.fill('aaaaaaaaaaaa');
  await expect(page.locator('.strength__value')).toHaveText(m['strength.level1']);
  await expect(page.locator('.strength__hints')).toContainText(m['strength.avoidRepeats']);
  await submit.click();
  await expect(page.getByText(m['strength.refused'])).toBeVisible();
  expect(ctx.vault.status().state).toBe('absent');
  await expectNoAxeViolations(page);

  // The suggestion, by keyboard: six words in both fields, shown left to right, meter strong.
  const suggest = page.getByRole('button', { name: m['suggest.button'] });
  await suggest.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: m['suggest.heading'] });
  await expect(panel).toBeVisible();
  const words = await panel.getByRole('listitem').allTextContents();
  expect(words).toHaveLength(6);
  for (const word of words) expect(word).toMatch(/^[a-z]{3,9}$/);
  const phrase = words.join(' ');
  await expect(value).toHaveValue(phrase);
  await expect(confirm).toHaveValue(phrase);
  await expect(panel.getByRole('list')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('.strength__value')).toHaveText(m['strength.level4']);
  await expect(page.getByText(m['strength.refused'])).toBeHidden();
  await expect(page.getByRole('button', { name: m['suggest.again'] })).toBeFocused();
  await expectNoAxeViolations(page);
  await app.screenshot('ar', 'create-suggestion');

  // Editing the passphrase away from the suggestion hides the words: they no longer describe it.
  await confirm.fill(`${phrase}x`);
  await expect(panel).toBeHidden();
  await confirm.fill(phrase);

  await submit.click();
  await expect(page.getByRole('heading', { name: m['list.heading'] })).toBeVisible();
  ctx.vault.lock();
  await expect(ctx.vault.unlock(phrase)).resolves.toMatchObject({ state: 'unlocked' });
});

test('change passphrase: wrong current is refused and throttled (ar), then the new one works', async ({ app }) => {
  const { page, ctx } = app;
  const m = messages.ar;
  await app.freezeTime();
  await ctx.vault.create(PASSPHRASE);
  ctx.preferences.set({ language: 'ar' });
  await app.open();
  await page.getByRole('button', { name: m['nav.settings'] }).click();
  const form = page.getByRole('region', { name: m['settings.passphrase.heading'] });
  const current = form.getByLabel(m['settings.passphrase.current'], { exact: true });
  const next = form.getByLabel(m['settings.passphrase.next'], { exact: true });
  const confirm = form.getByLabel(m['settings.passphrase.confirm'], { exact: true });
  const submit = form.getByRole('button', { name: m['settings.passphrase.submit'] });

  // A weak new passphrase is refused in the form, with the same advice the contract enforces.
  await current.fill(PASSPHRASE);
  await next.fill('password1234');
  await confirm.fill('password1234');
  await submit.click();
  await expect(form.getByText(m['strength.refused'])).toBeVisible();
  await expect(form.locator('.strength__hints')).toContainText(m['strength.avoidCommon']);

  // Mismatch is caught in the form; nothing is sent.
  await next.fill(NEW_PASSPHRASE);
  await confirm.fill('something else entirely');
  await submit.click();
  await expect(form.getByText(m['create.mismatch'])).toBeVisible();
  await expect(form.locator('.strength__value')).toHaveText(m['strength.level3']);

  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await current.fill(`not my passphrase ${attempt}`);
    await confirm.fill(NEW_PASSPHRASE);
    await submit.click();
    await expect(form.getByRole('alert')).toHaveText(m['error.WRONG_PASSPHRASE']);
    await expect(current).toHaveValue('');
  }
  // The third failure starts the core's throttle: an Arabic countdown, the button held.
  const countdown = page.getByTestId('change-retry-countdown');
  await expect(countdown).toBeVisible();
  await expect(submit).toBeDisabled();
  // The one-second delay runs out when the test says so, not when the machine gets there.
  await app.advanceTime(1_000);
  await expect(countdown).toBeHidden();

  await current.fill(PASSPHRASE);
  await submit.click();
  await expect(form.getByRole('status').filter({ hasText: m['settings.passphrase.done'] })).toBeVisible();
  await expect(next).toHaveValue('');
  // In the core: the old passphrase no longer opens the vault, the new one does.
  ctx.vault.lock();
  await expect(ctx.vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  await expect(ctx.vault.unlock(NEW_PASSPHRASE)).resolves.toMatchObject({ state: 'unlocked' });
});

test('quick purge needs two different deliberate controls; a stray Enter or Escape cannot purge', async ({ app }) => {
  const { page, ctx } = app;
  const m = messages.en;
  const title = 'Olive: threats after the land-rights hearing';
  await ctx.vault.create(PASSPHRASE);
  await core(ctx, 'entry:create', { entry: meetingInput(title, 'Olive was followed home twice this week.') });
  await app.open();
  await expect(page.getByText(title)).toBeVisible();
  await page.getByRole('button', { name: m['nav.settings'] }).click();

  // Step 1 by keyboard, then a second Enter: the dialog opened with focus on Cancel, so the
  // reflex Enter cancels. Nothing is destroyed.
  const start = page.getByRole('button', { name: m['settings.purge.start'] });
  await start.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', { name: m['settings.purge.dialogTitle'] });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(m['settings.purge.explain']);
  await expect(dialog).toContainText(m['settings.purge.ssd']);
  await expect(dialog).toHaveAccessibleDescription(new RegExp(m['settings.purge.explain'].slice(0, 40)));
  const destroy = dialog.getByRole('button', { name: m['settings.purge.confirm'] });
  await expect(destroy).toBeDisabled();
  await expect(dialog.getByRole('button', { name: m['common.cancel'] })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(start).toBeFocused();
  expect(ctx.vault.status().state).toBe('unlocked');

  // Escape also backs out, even with the box ticked.
  await start.click();
  await dialog.getByRole('checkbox', { name: m['settings.purge.understand'] }).check();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(ctx.vault.status().state).toBe('unlocked');

  // Reopened, the box starts unticked again; tick it and press the separate destroy button.
  await start.click();
  const understand = dialog.getByRole('checkbox', { name: m['settings.purge.understand'] });
  await expect(understand).not.toBeChecked();
  await understand.check();
  await destroy.click();
  await expect(page.getByRole('heading', { name: m['create.heading'] })).toBeVisible();
  expect(ctx.vault.status().state).toBe('absent');
  expect(await page.content()).not.toContain('Olive');
  await expect(ctx.vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_NOT_FOUND' });
});

test('a purge that cannot finish leaves a clean lock screen that says the notebook is still here (ar)', async ({ app }) => {
  const { page, ctx } = app;
  const m = messages.ar;
  const title = 'Cedar: names of the witnesses';
  await ctx.vault.create(PASSPHRASE);
  await core(ctx, 'prefs:set', { language: 'ar' });
  await core(ctx, 'entry:create', { entry: meetingInput(title, 'Cedar listed three witnesses.') });
  await app.open();
  await expect(page.getByText(title)).toBeVisible();
  // The disk refuses to overwrite the header in place (a directory stands where the file was).
  const header = ctx.vault.layout.header;
  const saved = readFileSync(header);
  rmSync(header);
  mkdirSync(header);
  try {
    await page.getByRole('button', { name: m['nav.settings'] }).click();
    await page.getByRole('button', { name: m['settings.purge.start'] }).click();
    const dialog = page.getByRole('alertdialog', { name: m['settings.purge.dialogTitle'] });
    await dialog.getByRole('checkbox', { name: m['settings.purge.understand'] }).check();
    await dialog.getByRole('button', { name: m['settings.purge.confirm'] }).click();
    await expect(page.getByTestId('purge-failed')).toHaveText(m['unlock.purgeFailed']);
    expect(ctx.vault.status()).toMatchObject({ state: 'locked', purgeFailed: true });
    expect(await page.content()).not.toContain('Cedar');
  } finally {
    rmSync(header, { recursive: true, force: true });
    writeFileSync(header, saved);
  }
});
