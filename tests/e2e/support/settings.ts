import type { Locator } from '@playwright/test';
import { expectDirection, messages, type Lang } from './flows';
import type { App } from './fixtures';

/**
 * Opens the app in `lang` (the vault already made and unlocked) and goes to Settings as a
 * keyboard user does: focus "Settings" in the top navigation and press Enter. Returns that
 * navigation button, for what the caller checks about it.
 */
export async function openSettingsByKeyboard(app: App, lang: Lang): Promise<Locator> {
  app.ctx.preferences.set({ language: lang });
  await app.open();
  await expectDirection(app.page, lang);
  const nav = app.page.getByRole('navigation').getByRole('button', { name: messages[lang]['nav.settings'] });
  await nav.focus();
  await app.page.keyboard.press('Enter');
  return nav;
}
