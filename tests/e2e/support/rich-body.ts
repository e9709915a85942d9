import { expect, type Locator } from '@playwright/test';

/**
 * The text of a rich-text editor as the app stores it (plainTextOf without link addresses):
 * one line per paragraph, heading and list item. A contenteditable has no value, so
 * toHaveValue cannot read it, and its textContent runs the paragraphs together.
 */
export function bodyText(editor: Locator): Promise<string> {
  return editor.evaluate((element) => [...element.querySelectorAll('p, h1, h2, h3')].map((block) => block.textContent ?? '').join('\n'));
}

/** Waits until the editor holds exactly `text` (lines as paragraphs). */
export async function expectBody(editor: Locator, text: string): Promise<void> {
  await expect.poll(() => bodyText(editor)).toBe(text);
}
