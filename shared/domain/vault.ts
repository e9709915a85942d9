import { z } from 'zod';

/** What the renderer may know about the vault: never its path, never a key. */
export const vaultStateSchema = z.enum(['absent', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof vaultStateSchema>;

export const vaultStatusSchema = z.strictObject({
  state: vaultStateSchema,
  /** Milliseconds until the next unlock attempt is allowed after repeated failures; 0 when free. */
  retryAfterMs: z.number().int().nonnegative(),
  /**
   * True after a quick purge that could not finish (a failing or read-only disk): the lock
   * screen must say loudly that the notebook may still be on this laptop.
   */
  purgeFailed: z.boolean(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

/** What a purge request must carry: typed-out intent, not a boolean a bug could set. */
export const PURGE_CONFIRMATION = 'destroy this vault';
