import type { Theme } from '../../../shared/domain/preferences';

/**
 * Applies the officer's theme to the whole page: tokens.css picks each colour with
 * light-dark() from the root's color-scheme, which this attribute pins ('system' leaves it to
 * the OS). Called before the first paint (Boot) and when Settings changes it.
 */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
