import { z } from 'zod';

/**
 * How this vault's notebook is shown, kept inside the encrypted vault (not in preferences.json,
 * which outlives the vault and sits unencrypted beside it): that an officer hides their screen
 * is itself something about them.
 */
export const notebookViewSchema = z.strictObject({
  /** Lists show neutral placeholders instead of titles, names and excerpts until an item is focused. */
  discreet: z.boolean(),
});
export type NotebookView = z.infer<typeof notebookViewSchema>;

export const DEFAULT_NOTEBOOK_VIEW: NotebookView = { discreet: false };
