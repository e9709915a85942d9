import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { messages, PASSPHRASE } from './support/flows';
import { expect, test } from './support/fixtures';
import { core, meetingInput } from './support/seed';

const FONT_FAMILY = 'Fieldnotes Arabic';
const ARABIC_INDIC = /[\u0660-\u0669]/;
// Midday UTC: the 14th in any time zone the harness is likely to run in.
const MET_AT = '2026-03-14T12:00:00.000Z';

/** Whether the page's own Arabic face has been loaded (the document uses it only once Arabic text is shown). */
async function bundledArabicFontStatus(page: Page): Promise<string[]> {
  return page.evaluate(async (family) => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === family).map((face) => face.status);
  }, FONT_FAMILY);
}

test('Arabic: the bundled face is served by the app itself, and the digit setting changes the list’s dates (ar)', async ({ app }) => {
  const { page, ctx } = app;
  const m = messages.ar;
  await ctx.vault.create(PASSPHRASE);
  ctx.preferences.set({ language: 'ar' });
  await core(ctx, 'entry:create', { entry: { ...meetingInput('لقاء مع ائتلاف المدافعين', 'نص المحضر.'), occurredAt: MET_AT } });
  await app.open();

  const row = page.getByRole('option').filter({ hasText: 'لقاء مع ائتلاف المدافعين' });
  await expect(row).toBeVisible();
  // Loaded from app://fieldnotes (font-src 'self'), never from the machine or a network.
  await expect.poll(() => bundledArabicFontStatus(page)).toContain('loaded');
  const fontRequests = app.requests.filter((r) => r.url.endsWith('.woff2'));
  expect(fontRequests.length).toBeGreaterThan(0);
  for (const request of fontRequests) {
    expect(request).toMatchObject({ decision: 'allow', status: 200 });
    expect(request.decidedOn).toMatch(/^app:\/\/fieldnotes\/assets\/noto-sans-arabic-arabic-wght-normal-[\w-]+\.woff2$/);
  }

  // Latin digits by default: the year reads 2026, with no Arabic-Indic digit in the row.
  await expect(row).toContainText('2026');
  expect(await row.textContent()).not.toMatch(ARABIC_INDIC);
  await app.screenshot('ar', 'list-latin-digits');

  await page.getByRole('button', { name: m['nav.settings'] }).click();
  const digits = page.getByRole('group', { name: m['settings.digits.label'] });
  await expect(digits.getByRole('button', { name: m['settings.digits.latn'] })).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page);
  await digits.getByRole('button', { name: m['settings.digits.arab'] }).click();
  await expect(digits.getByRole('button', { name: m['settings.digits.arab'] })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => ctx.preferences.get().digits).toBe('arab');
  await expectNoAxeViolations(page);
  await app.screenshot('ar', 'settings-arabic-indic-digits');

  // A number field accepts Arabic-Indic digits typed, and answers in them.
  const minutes = page.getByLabel(m['settings.autolock.label'], { exact: true });
  await minutes.fill('١٢');
  await minutes.press('Enter');
  await expect.poll(() => ctx.preferences.get().idleLockMinutes).toBe(12);
  await expect(page.getByRole('status').filter({ hasText: '١٢' })).toBeVisible();

  await page.getByRole('button', { name: m['nav.notes'] }).click();
  await expect(row).toContainText('٢٠٢٦');
  expect(await row.textContent()).not.toMatch(/[0-9]/);
  await app.screenshot('ar', 'list-arabic-indic-digits');

  // Coming back, the stored minutes are shown in the chosen digits.
  await page.getByRole('button', { name: m['nav.settings'] }).click();
  await expect(page.getByLabel(m['settings.autolock.label'], { exact: true })).toHaveValue('١٢');
});

test('English: an Arabic title in the list is drawn with the bundled face too, through unicode-range (en)', async ({ app }) => {
  const { page, ctx } = app;
  await ctx.vault.create(PASSPHRASE);
  ctx.preferences.set({ language: 'en' });
  await core(ctx, 'entry:create', { entry: meetingInput('Briefing — إحاطة حول المحاكمة', 'Body.') });
  await app.open();
  await expect(page.getByRole('option').filter({ hasText: 'إحاطة حول المحاكمة' })).toBeVisible();
  await expect.poll(() => bundledArabicFontStatus(page)).toContain('loaded');
  // Latin text keeps the system face: the Arabic face's range has no Latin letter.
  expect(await page.evaluate(() => document.fonts.check('16px "Fieldnotes Arabic"', 'Briefing'))).toBe(true);
});
