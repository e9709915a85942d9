import { z } from 'zod';

/** What the renderer may know about the vault: never its path, never a key. */
export const vaultStateSchema = z.enum(['absent', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof vaultStateSchema>;

export const vaultStatusSchema = z.strictObject({
  state: vaultStateSchema,
  /** Milliseconds until the next unlock attempt is allowed after repeated failures; 0 when free. */
  retryAfterMs: z.number().int().nonnegative(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;
