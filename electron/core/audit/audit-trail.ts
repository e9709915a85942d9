import type { AuditPage } from '../../../shared/domain/audit';
import type { Db } from '../db/driver';
import type { MetaRepository } from '../db/repositories/meta-repository';
import { WritePath } from '../services/write-path';
import { AuditLog, type AuditListOptions } from './audit-log';
import type { AuditVerdict } from './audit-verify';
import { handOverFailedUnlocks, type FailedUnlockTally } from './failed-unlocks';

/** What the rest of the notebook sees of its audit log: reading it, and the records of an unlock. */
export interface AuditTrail {
  list(options: AuditListOptions): AuditPage;
  verify(): AuditVerdict;
  /** Records 'vault.unlocked', preceded by the wrong passphrases the log has not recorded yet. */
  recordUnlock(failed: FailedUnlockTally | null): void;
}

/** The notebook's audit log and the one write path that appends to it. */
export function openAudit(db: Db, meta: MetaRepository, now: () => Date): { trail: AuditTrail; writes: WritePath } {
  const log = new AuditLog(db, meta, now);
  const writes = new WritePath(db, log);
  const trail: AuditTrail = {
    list: (options) => log.list(options),
    verify: () => log.verify(),
    recordUnlock: (failed) =>
      writes.run((audit) => {
        handOverFailedUnlocks(meta, audit, failed);
        audit({ action: 'vault.unlocked' });
      }),
  };
  return { trail, writes };
}
