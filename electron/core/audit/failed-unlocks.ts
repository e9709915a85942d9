import type { MetaRepository } from '../db/repositories/meta-repository';
import type { Audit } from '../services/write-path';

/** Every passphrase the vault's throttle found wrong, never reset, and when the last was (wall clock). */
export interface FailedUnlockTally {
  total: number;
  lastAtMs: number;
}

/** How much of the throttle's total the log has recorded; written in the same transaction as the record. */
const HANDED_OVER_KEY = 'audit_failed_unlocks_recorded';

/**
 * No database is open while a passphrase is wrong, so the throttle file keeps a running total
 * and the next unlock records, in one 'vault.unlock-failed' record, the part of it the log has
 * not seen. The total is never reset and the part recorded is kept in the vault with the record
 * itself, so a crash between the throttle's reset and this append loses nothing and records
 * nothing twice. A total below what was recorded means the counter file was replaced (deleted,
 * restored from a backup): all it counts is then new to the log.
 */
export function handOverFailedUnlocks(meta: MetaRepository, audit: Audit, tally: FailedUnlockTally | null): void {
  if (tally === null) return;
  const recorded = Number(meta.get(HANDED_OVER_KEY) ?? 0);
  const count = tally.total >= recorded ? tally.total - recorded : tally.total;
  if (count > 0) audit({ action: 'vault.unlock-failed', detail: { count, lastAt: new Date(tally.lastAtMs).toISOString() } });
  meta.set(HANDED_OVER_KEY, String(tally.total));
}
