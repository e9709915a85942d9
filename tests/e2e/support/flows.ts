import { expect, type Page } from '@playwright/test';
import { ar } from '../../../renderer/src/i18n/ar';
import type { Catalog } from '../../../renderer/src/i18n/catalog';
import { en } from '../../../renderer/src/i18n/en';

export type Lang = 'en' | 'ar';
export const PASSPHRASE = 'lantern orchard basalt quietly';

/** The UI's own catalogs: tests find controls by the words a user sees, in either language. */
export const messages: Record<Lang, Catalog> = { en, ar };

export async function expectDirection(page: Page, lang: Lang): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
}

export async function createVault(page: Page, lang: Lang, passphrase = PASSPHRASE): Promise<void> {
  const m = messages[lang];
  await page.getByLabel(m['create.passphrase'], { exact: true }).fill(passphrase);
  await page.getByLabel(m['create.confirm'], { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: m['create.submit'] }).click();
  await expect(page.getByRole('heading', { name: m['list.heading'] })).toBeVisible();
}

export async function unlock(page: Page, lang: Lang, passphrase = PASSPHRASE): Promise<void> {
  const m = messages[lang];
  await page.getByLabel(m['unlock.passphrase'], { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: m['unlock.submit'], exact: true }).click();
}

/** Waits for the reload a lock triggers to land on the unlock screen. */
export async function expectLocked(page: Page, lang: Lang): Promise<void> {
  await expect(page.getByRole('heading', { name: messages[lang]['unlock.heading'] })).toBeVisible();
}

export interface NoteText {
  title: string;
  body: string;
  location: string;
  participants: string;
  occurredAt: string;
}

export async function writeNote(page: Page, lang: Lang, note: NoteText): Promise<void> {
  const m = messages[lang];
  await page.getByRole('button', { name: m['nav.newNote'] }).click();
  await expect(page.getByRole('heading', { name: m['editor.newHeading'] })).toBeVisible();
  await page.getByLabel(m['editor.title'], { exact: true }).fill(note.title);
  await fillDateTime(page, lang, note.occurredAt);
  await page.getByLabel(m['editor.location'], { exact: true }).fill(note.location);
  await page.getByLabel(m['editor.counterpartType'], { exact: true }).selectOption('hrd');
  await page.getByLabel(m['editor.participants'], { exact: true }).fill(note.participants);
  await page.getByLabel(m['editor.body'], { exact: true }).fill(note.body);
}

/** A date field (by default the meeting's), part by part (`YYYY-MM-DDTHH:mm`), as an officer types it. */
export async function fillDateTime(page: Page, lang: Lang, value: string, fieldLabel: string = messages[lang]['editor.occurredAt']): Promise<void> {
  const m = messages[lang];
  const [, year = '', month = '', day = '', hour = '', minute = ''] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value) ?? [];
  const group = page.getByRole('group', { name: fieldLabel, exact: true });
  await group.getByLabel(m['date.day'], { exact: true }).fill(day);
  await group.getByLabel(m['date.month'], { exact: true }).selectOption(String(Number(month)));
  await group.getByLabel(m['date.year'], { exact: true }).fill(year);
  await group.getByLabel(m['date.hour'], { exact: true }).fill(hour);
  await group.getByLabel(m['date.minute'], { exact: true }).fill(minute);
}

export async function save(page: Page, lang: Lang): Promise<void> {
  const m = messages[lang];
  await page.getByRole('button', { name: m['editor.save'], exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: m['editor.saved'].split('{')[0] ?? '' })).toBeVisible();
}
