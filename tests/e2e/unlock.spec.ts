import { expectDirection, expectLocked, messages, PASSPHRASE, unlock } from './support/flows';
import { expect, test } from './support/fixtures';
import { core, meetingInput } from './support/seed';

test('a wrong passphrase shows the translated error and changes nothing; the throttle counts down (ar)', async ({ app }) => {
  const { page, ctx } = app;
  await ctx.vault.create(PASSPHRASE);
  ctx.vault.lock();
  ctx.preferences.set({ language: 'ar' });
  await app.open();
  await expectLocked(page, 'ar');
  await expectDirection(page, 'ar');

  const ar = messages.ar;
  const field = page.getByLabel(ar['unlock.passphrase'], { exact: true });
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await unlock(page, 'ar', `not the passphrase ${attempt}`);
    await expect(page.getByRole('alert')).toHaveText(ar['error.WRONG_PASSPHRASE']);
    await expect(field).toHaveValue('');
    await expect(field).toBeFocused();
  }
  // Nothing changed: still locked, still the unlock screen, no English leaked into the Arabic UI.
  expect(ctx.vault.status().state).toBe('locked');
  await expect(page.getByRole('heading', { name: ar['unlock.heading'] })).toBeVisible();
  expect(await page.locator('main').innerText()).not.toMatch(/Wrong passphrase/i);

  // The third failure starts a one-second wait, counted down in Arabic plural form.
  const countdown = page.getByTestId('retry-countdown');
  await expect(countdown).toHaveText('يمكنك المحاولة مجددًا بعد ثانية واحدة.');
  await expect(page.getByRole('button', { name: ar['unlock.submit'], exact: true })).toBeDisabled();
  await expect(countdown).toBeHidden({ timeout: 5_000 });
  await unlock(page, 'ar');
  await expect(page.getByRole('heading', { name: ar['list.heading'] })).toBeVisible();
});

test('a throttle already running shows its countdown on arrival (en)', async ({ app }) => {
  const { page, ctx } = app;
  await ctx.vault.create(PASSPHRASE);
  ctx.vault.lock();
  // Five failures: a four-second wait (1 s doubling after three free attempts). Long enough
  // that the page is up before it ends even on a loaded two-core machine.
  for (let i = 0; i < 5; i += 1) await ctx.vault.unlock('wrong wrong wrong').catch(() => undefined);
  await app.open();
  const countdown = page.getByTestId('retry-countdown');
  await expect(countdown).toHaveText(/You can try again in \S+ seconds?\./);
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeDisabled();
  await expect(countdown).toBeHidden({ timeout: 8_000 });
  await unlock(page, 'en');
  await expect(page.getByRole('heading', { name: messages.en['list.heading'] })).toBeVisible();
});

test('vault:locked from the main process clears the screen at once', async ({ app }) => {
  const { page, ctx } = app;
  await ctx.vault.create(PASSPHRASE);
  const title = 'Follow-up with Cedar about the detention hearing';
  await core(ctx, 'entry:create', { entry: meetingInput(title, 'Cedar reported surveillance of the office.') });
  await app.open();
  await expect(page.getByText(title)).toBeVisible();
  // As the idle timer or lock-on-sleep would do in Electron's main process.
  ctx.vault.lock();
  await expectLocked(page, 'en');
  const html = await page.content();
  expect(html).not.toContain('Cedar');
  expect(html).not.toContain('surveillance');
});
