import { expectDirection, expectLocked, messages, PASSPHRASE, unlock } from './support/flows';
import { expect, test } from './support/fixtures';
import { core, meetingInput } from './support/seed';

test('a wrong passphrase shows the translated error and changes nothing; the throttle counts down (ar)', async ({ app }) => {
  const { page, ctx } = app;
  await app.freezeTime();
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
  await app.advanceTime(999);
  await expect(countdown).toHaveText('يمكنك المحاولة مجددًا بعد ثانية واحدة.');
  await app.advanceTime(1);
  await expect(countdown).toBeHidden();
  await unlock(page, 'ar');
  await expect(page.getByRole('heading', { name: ar['list.heading'] })).toBeVisible();
});

test('a throttle already running shows its countdown on arrival (en)', async ({ app }) => {
  const { page, ctx } = app;
  await app.freezeTime();
  await ctx.vault.create(PASSPHRASE);
  ctx.vault.lock();
  // Five failures, each tried once the previous delay has run out (an attempt refused as
  // throttled is not counted): 1 s after the third, 2 s after the fourth, 4 s after the fifth.
  for (const delayAfter of [0, 0, 1_000, 2_000, 4_000]) {
    await ctx.vault.unlock('wrong wrong wrong').catch(() => undefined);
    if (delayAfter < 4_000) await app.advanceTime(delayAfter);
  }
  // However long the page takes to arrive, the frozen clock still says four seconds (the
  // number may be wrapped in bidi isolates).
  await app.open();
  const countdown = page.getByTestId('retry-countdown');
  await expect(countdown).toHaveText(/^You can try again in \u2068?4\u2069? seconds\.$/);
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeDisabled();
  await app.advanceTime(3_000);
  await expect(countdown).toHaveText(/^You can try again in \u2068?1\u2069? second\.$/);
  await app.advanceTime(1_000);
  await expect(countdown).toBeHidden();
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
