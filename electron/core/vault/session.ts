import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { VaultStatus } from '../../../shared/domain/vault';
import { DATA_KEY_BYTES, isNotADatabase, openEncryptedDatabase } from '../db/connection';
import type { Db } from '../db/driver';
import { migrate } from '../db/migrate';
import { asStorageError } from '../fs/atomic-file';
import { JobRunner } from '../jobs/job-runner';
import { openNotebook, type Notebook } from '../services/notebook';
import { buildVault } from './create-vault';
import { cipherPageSize, headerAad, readStoredHeader, writeHeader, type StoredHeader, type VaultHeader } from './header';
import { calibrateKdf, deriveKey } from './kdf';
import { keyCheck, keyCheckMatches, unwrapKey, wrapKey } from './key-wrap';
import { vaultLayout, type VaultLayout } from './layout';
import { purgeVaultFiles } from './purge';
import { discardReencryptionLeftover, prepareReencryptedDatabase, switchToReencryptedDatabase, type RekeyProgress } from './rekey';
import { prepareReencryptedAttachments } from './rekey-attachments';
import type { Clock } from './boot-clock';
import { OfficerIdentityStore, rewrapOfficerSecret } from '../bundle/officer-identity';
import { ImportStore } from '../bundle/import-store';
import { RecipientStore } from '../bundle/recipients';
import { deriveSubkeys, type Subkeys } from './subkeys';
import { UnlockThrottle, type Admission } from './throttle';

export interface VaultOptions {
  dir: string;
  /** Argon2id is calibrated to take about this long on the creating machine; 0 keeps the floor. */
  kdfTargetMs: number;
  now?: () => Date;
  /** The unlock throttle's boot clock (tests drive it; the default reads the kernel's). */
  clock?: Clock;
  /**
   * Files and folders outside the vault that show Fieldnotes was used on this laptop (the
   * settings file, the browser profile): a purge removes them too.
   */
  traces?: string[];
}

/** Wipes key material when the operation ends, whatever happens. */
async function withKey<T>(key: Buffer, use: (key: Buffer) => Promise<T> | T): Promise<T> {
  try {
    return await use(key);
  } finally {
    key.fill(0);
  }
}

/** The keys one passphrase opens in a header; the caller wipes both. */
interface UnwrappedKeys {
  dataKey: Buffer;
  /** Only while a re-encryption is being switched over (header.previousKey). */
  previousKey: Buffer | null;
  /** The header's key check for this passphrase: written into headers that predate it. */
  keyCheck: string;
}

function wipeKeys(keys: UnwrappedKeys): void {
  keys.dataKey.fill(0);
  keys.previousKey?.fill(0);
}

/**
 * The one owner of a vault's lifecycle in a process: create, unlock, lock, change passphrase.
 * While locked it holds no key and no open database; the data key exists only for the
 * moment it takes to key SQLCipher, then is wiped (SQLCipher keeps its own copy until close).
 */
export interface BundleStores {
  readonly officer: OfficerIdentityStore;
  readonly recipients: RecipientStore;
  /** Headquarters mode: verified bundles imported once each, and per-officer sequence arrivals. */
  readonly imports: ImportStore;
  /** The session's clock, for what bundles stamp. */
  readonly now: () => Date;
}

export class VaultSession {
  readonly layout: VaultLayout;
  private notebook: Notebook | null = null;
  private bundleStores: BundleStores | null = null;
  private readonly lockListeners = new Set<() => void>();
  /** Long work of the open notebook (a search-index rebuild): every job is cancelled before its notebook closes. */
  readonly jobs = new JobRunner();
  private readonly purgeListeners = new Set<() => void>();
  private readonly progressListeners = new Set<RekeyProgress>();
  private readonly throttle: UnlockThrottle;
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * Bumped by every lock(). An unlock or create that was already deriving its key when a lock
   * arrived (suspend, idle, quick lock) sees the change and closes what it opened: a lock is
   * never lost to an operation in flight.
   */
  private lockGeneration = 0;
  /** Kept in this process (the renderer reloads after a purge, the main process does not). */
  private purgeFailed = false;
  private readonly now: () => Date;

  constructor(private readonly options: VaultOptions) {
    this.layout = vaultLayout(options.dir);
    // A first-format vault (vault.json, no slot header yet) may predate the counter file.
    const legacy = existsSync(this.layout.legacyHeader) && !existsSync(this.layout.header);
    this.throttle = new UnlockThrottle(this.layout.throttle, { required: !legacy, clock: options.clock });
    this.now = options.now ?? (() => new Date());
  }

  /** Vault operations never interleave: a second unlock waits for the first. */
  private serial<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation, operation);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /**
   * 'absent' only when nothing of a vault is here: a database whose header is missing is a
   * damaged vault (its unlock says so), never an invitation to create a new one over it.
   */
  status(): VaultStatus {
    const { header, legacyHeader, database } = this.layout;
    const present = [header, legacyHeader, database].some((file) => existsSync(file));
    const state = this.notebook ? 'unlocked' : present ? 'locked' : 'absent';
    return { state, retryAfterMs: state === 'locked' ? this.throttle.retryAfterMs() : 0, purgeFailed: this.purgeFailed };
  }

  requireNotebook(): Notebook {
    if (!this.notebook) throw new AppError('VAULT_LOCKED', 'The notebook is locked.');
    return this.notebook;
  }

  /** The officer's signing identity and headquarters' recipients, in the open notebook's database. */
  requireBundleStores(): BundleStores {
    this.requireNotebook();
    return this.bundleStores as BundleStores;
  }

  onLock(listener: () => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  /** After a purge that finished: main quits, so the browser profile is not written again. */
  onPurge(listener: () => void): () => void {
    this.purgeListeners.add(listener);
    return () => this.purgeListeners.delete(listener);
  }

  /** Progress of a re-encryption (the CLI prints it; the app shows that it is under way). */
  onRekeyProgress(listener: RekeyProgress): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  create(passphrase: string): Promise<VaultStatus> {
    // Taken when asked, not when the queue gets to it: a lock after the request wins.
    const generation = this.lockGeneration;
    return this.serial(async () => {
      const { dataKey, vaultId, pageSize } = await buildVault(this.layout, passphrase, this.options.kdfTargetMs, this.now);
      const opened = await withKey(dataKey, (key) => ({
        db: openEncryptedDatabase(this.layout.database, key, { create: false, pageSize }),
        subkeys: deriveSubkeys(key, vaultId),
      }));
      this.adopt(opened.db, vaultId, opened.subkeys, generation);
      return this.recordOpening((notebook) => notebook.writes.run((audit) => audit({ action: 'vault.created' })));
    });
  }

  unlock(passphrase: string): Promise<VaultStatus> {
    const generation = this.lockGeneration;
    return this.serial(async () => {
      if (this.notebook) return this.status();
      const stored = this.readHeaderForUnlock();
      const keys = await this.unwrap(stored.header, passphrase, await this.admitAttempt());
      try {
        const current = this.settleHeader(stored, keys);
        const db = this.openWithEitherKey(keys, cipherPageSize(current.header));
        try {
          migrate(db, undefined, this.now);
        } catch (error) {
          db.close();
          throw error;
        }
        // From the header's data key (the vault's key from now on), before wipeKeys below.
        this.adopt(db, current.header.vaultId, deriveSubkeys(keys.dataKey, current.header.vaultId), generation);
        return this.recordOpening((notebook) => notebook.audit.recordUnlock(this.throttle.failedUnlocks()));
      } finally {
        wipeKeys(keys);
      }
    });
  }

  private readHeaderForUnlock(): StoredHeader {
    try {
      return readStoredHeader(this.layout);
    } catch (error) {
      if (error instanceof AppError && error.code === 'VAULT_NOT_FOUND' && existsSync(this.layout.database)) {
        throw new AppError('VAULT_CORRUPT', 'The vault header is missing: the notebook cannot be opened without it. Restore the vault folder from a backup.');
      }
      throw error;
    }
  }

  /**
   * Counts this attempt as failed before the key is derived (so parallel runs cannot all guess
   * at once) and returns the delay that applies if it is wrong; refuses while a delay runs.
   */
  private async admitAttempt(): Promise<number> {
    const admission: Admission = await this.throttle.admit();
    if (admission.admitted) return admission.retryAfterMsIfWrong;
    const message =
      admission.reason === 'tampered'
        ? 'The unlock attempt counter was deleted or altered. Wait before trying again.'
        : 'Too many wrong passphrases. Wait before trying again.';
    throw new AppError('THROTTLED', message, { retryAfterMs: admission.retryAfterMs });
  }

  /**
   * Brings the header up to date once the passphrase is known to be right: a first-format
   * header is rewritten in the slot format with a key check, and a re-encryption interrupted
   * after its header was written is finished (its copy is complete: it was forced to the device
   * before the header named it). A copy the header never named is discarded.
   */
  private settleHeader(stored: StoredHeader, keys: UnwrappedKeys): StoredHeader {
    const { header } = stored;
    if (header.previousKey !== undefined) {
      if (existsSync(this.layout.rekeyedDatabase)) switchToReencryptedDatabase(this.layout, this.reportProgress);
      const { previousKey: _dropped, ...settled } = header;
      return this.rewrite(stored, { ...settled, keyCheck: keys.keyCheck });
    }
    discardReencryptionLeftover(this.layout);
    if (stored.legacy || header.keyCheck === undefined) return this.rewrite(stored, { ...header, keyCheck: keys.keyCheck });
    return stored;
  }

  private rewrite(previous: StoredHeader, header: VaultHeader): StoredHeader {
    const sequence = writeHeader(this.layout, header, previous);
    return { header, sequence, legacy: false };
  }

  /** The data key opens the database; the previous key only if a switch-over was cut short before its rename. */
  private openWithEitherKey(keys: UnwrappedKeys, pageSize: number): Db {
    try {
      return openEncryptedDatabase(this.layout.database, keys.dataKey, { create: false, pageSize });
    } catch (error) {
      const cause = error instanceof AppError ? error.cause : error;
      if (keys.previousKey === null || !isNotADatabase(cause)) throw error;
      return openEncryptedDatabase(this.layout.database, keys.previousKey, { create: false, pageSize });
    }
  }

  /**
   * Makes an opened database the session's notebook, unless a lock came in the meantime.
   * Whatever fails on the way (a search-index rebuild on a full disk, a database from another
   * vault) closes the database and wipes the subkeys: a failed unlock leaves no key behind.
   */
  private adopt(db: Db, vaultId: string, subkeys: Subkeys, generation: number): VaultStatus {
    if (generation !== this.lockGeneration) {
      db.close();
      subkeys.wipe();
      return this.status();
    }
    try {
      this.notebook = openNotebook(db, this.now, vaultId, subkeys, this.jobs);
      const officer = new OfficerIdentityStore(db, vaultId, () => subkeys.get('signing'), this.now);
      officer.ensure();
      const imports = new ImportStore(db, this.now, { vaultDir: this.layout.dir, vaultId, subkey: () => subkeys.get('attachments') });
      this.notebook.entries.guardForeign(imports);
      this.notebook.drafts.guardForeign(imports);
      this.bundleStores = { officer, recipients: new RecipientStore(db, this.now), imports, now: this.now };
    } catch (error) {
      db.close();
      subkeys.wipe();
      throw error;
    }
    return this.status();
  }

  /**
   * The audit log records that the vault was opened, or the opening is undone: the log never
   * misses one (a full disk fails the unlock, as a search-index rebuild there would).
   */
  private recordOpening(record: (notebook: Notebook) => void): VaultStatus {
    const notebook = this.notebook;
    if (notebook) {
      try {
        record(notebook);
      } catch (error) {
        this.notebook = null;
        notebook.close();
        throw error;
      }
    }
    return this.status();
  }

  /** Closes the database (SQLCipher wipes its key copy on close) and tells every listener. */
  lock(): VaultStatus {
    this.lockGeneration += 1;
    this.jobs.cancelAll();
    const notebook = this.notebook;
    this.notebook = null;
    if (notebook) {
      try {
        notebook.writes.run((audit) => audit({ action: 'vault.locked' }));
      } catch {
        // Nothing may keep a notebook open that the officer locked (a full disk least of all); the next unlock is recorded.
      }
      this.bundleStores?.imports.closeAll();
      notebook.close();
      for (const listener of this.lockListeners) listener();
    }
    return this.status();
  }

  /**
   * Locks, then destroys the key and every file of the vault (see purgeVaultFiles), and the
   * traces outside it. No passphrase needed: speed matters more.
   */
  purge(): Promise<VaultStatus> {
    return this.serial(() => {
      this.lock();
      try {
        purgeVaultFiles(this.layout, this.options.traces ?? []);
        this.purgeFailed = false;
      } catch (error) {
        this.purgeFailed = true;
        throw new AppError('PURGE_FAILED', 'The notebook could not be fully destroyed: it may still be on this laptop.', { cause: error });
      }
      const status = this.status();
      for (const listener of this.purgeListeners) listener();
      return Promise.resolve(status);
    });
  }

  /**
   * Wraps the data key under the new passphrase and writes the header over the old one in
   * place, so the old passphrase stops opening this vault at once. With `rekey` the database
   * is also re-encrypted under a new data key (for when the old passphrase may be known to
   * someone who could also have a copy of the old header): see rekey.ts for the steps and why
   * a crash at any moment leaves a vault that opens with the old or the new passphrase.
   * An unlocked notebook stays unlocked.
   */
  changePassphrase(current: string, next: string, options: { rekey: boolean } = { rekey: false }): Promise<VaultStatus> {
    const generation = this.lockGeneration;
    return this.serial(async () => {
      const stored = readStoredHeader(this.layout);
      const keys = await this.unwrap(stored.header, current, await this.admitAttempt());
      try {
        const settled = this.settleHeader(stored, keys);
        const partial = { ...settled.header, kdf: await calibrateKdf(randomBytes(16), this.options.kdfTargetMs) };
        const kek = await deriveKey(next, partial.kdf);
        await withKey(kek, async () => {
          const aad = headerAad(partial);
          const check = keyCheck(kek);
          if (!options.rekey) {
            this.rewrite(settled, { ...partial, wrappedKey: wrapKey(keys.dataKey, kek, aad), keyCheck: check });
            return;
          }
          await withKey(randomBytes(DATA_KEY_BYTES), (newKey) =>
            this.reencrypt(settled, keys.dataKey, newKey, generation, (dataKey, previousKey) => ({
              ...partial,
              wrappedKey: wrapKey(dataKey, kek, aad),
              keyCheck: check,
              ...(previousKey ? { previousKey: wrapKey(previousKey, kek, aad) } : {}),
            })),
          );
        });
        return this.status();
      } finally {
        wipeKeys(keys);
      }
    });
  }

  /**
   * Copy under the new key (nothing depends on it yet) → header naming both keys → rename the
   * copy into place and overwrite the old file → header naming the new key alone. The notebook,
   * if open, is closed for the copy (no write may land in the old file after it) and reopened
   * under the new key, with new subkeys: whatever a subkey wrapped must be re-wrapped here.
   */
  private async reencrypt(
    stored: StoredHeader,
    currentKey: Buffer,
    newKey: Buffer,
    generation: number,
    headerFor: (dataKey: Buffer, previousKey: Buffer | null) => VaultHeader,
  ): Promise<void> {
    const wasOpen = this.notebook !== null;
    this.jobs.cancelAll();
    this.notebook?.close();
    this.notebook = null;
    const pageSize = cipherPageSize(stored.header);
    const reopen = (key: Buffer) => {
      const { vaultId } = stored.header;
      if (wasOpen) this.adopt(openEncryptedDatabase(this.layout.database, key, { create: false, pageSize }), vaultId, deriveSubkeys(key, vaultId), generation);
    };
    this.reportProgress('copying', 0, 1);
    try {
      prepareReencryptedDatabase(this.layout, currentKey, newKey, pageSize);
      await this.rewrapInCopy(stored.header.vaultId, currentKey, newKey, pageSize);
    } catch (error) {
      // Nothing depends on the copy yet: drop it and carry on with the notebook as it was.
      discardReencryptionLeftover(this.layout);
      reopen(currentKey);
      throw asStorageError(error, 'the re-encrypted notebook');
    }
    this.reportProgress('copying', 1, 1);
    const switching = this.rewrite(stored, headerFor(newKey, currentKey));
    switchToReencryptedDatabase(this.layout, this.reportProgress);
    this.rewrite(switching, headerFor(newKey, null));
    reopen(newKey);
  }

  /**
   * The officer's signing seed and each attachment's file key are wrapped under subkeys of the
   * data key: re-wrapped in the copy (attachments written again beside theirs, see
   * rekey-attachments.ts), before the header names the new key, so what is adopted later is whole.
   */
  private async rewrapInCopy(vaultId: string, currentKey: Buffer, newKey: Buffer, pageSize: number): Promise<void> {
    const previous = deriveSubkeys(currentKey, vaultId);
    const next = deriveSubkeys(newKey, vaultId);
    const copy = openEncryptedDatabase(this.layout.rekeyedDatabase, newKey, { create: false, pageSize });
    try {
      rewrapOfficerSecret(copy, vaultId, previous.get('signing'), next.get('signing'));
      await prepareReencryptedAttachments(this.layout, copy, vaultId, { previous: previous.get('attachments'), next: next.get('attachments') });
    } finally {
      copy.close();
      previous.wipe();
      next.wipe();
    }
  }

  private readonly reportProgress: RekeyProgress = (phase, done, total) => {
    for (const listener of this.progressListeners) listener(phase, done, total);
  };

  /**
   * A key check that differs means a wrong passphrase (counted by the throttle); a check that
   * matches with an unwrap that fails means the header's authenticated fields were altered,
   * which is reported as such and is not counted as a guess.
   */
  private async unwrap(header: VaultHeader, passphrase: string, retryAfterMsIfWrong: number): Promise<UnwrappedKeys> {
    try {
      return await this.unwrapWithPassphrase(header, passphrase, retryAfterMsIfWrong);
    } catch (error) {
      // Kept beside the header for the audit log, which no open database can take now (audit/failed-unlocks.ts).
      if (error instanceof AppError && error.code === 'WRONG_PASSPHRASE') await this.throttle.recordWrong();
      throw error;
    }
  }

  private async unwrapWithPassphrase(header: VaultHeader, passphrase: string, retryAfterMsIfWrong: number): Promise<UnwrappedKeys> {
    return withKey(await deriveKey(passphrase, header.kdf), (kek) => {
      const check = keyCheck(kek);
      if (header.keyCheck !== undefined && !keyCheckMatches(kek, header.keyCheck)) wrongPassphrase(retryAfterMsIfWrong);
      const aad = headerAad(header);
      const dataKey = unwrapKey(header.wrappedKey, kek, aad);
      if (!dataKey && header.keyCheck === undefined) wrongPassphrase(retryAfterMsIfWrong);
      // The passphrase is right: the attempt counted in advance is undone, whatever comes next.
      this.throttle.reset();
      if (!dataKey) {
        throw new AppError('VAULT_CORRUPT', 'The vault header was altered: the passphrase is right, but the header no longer matches the key it protects.');
      }
      const previousKey = header.previousKey ? unwrapKey(header.previousKey, kek, aad) : null;
      return { dataKey, previousKey, keyCheck: check };
    });
  }

}

function wrongPassphrase(retryAfterMs: number): never {
  throw new AppError('WRONG_PASSPHRASE', 'Wrong passphrase.', retryAfterMs > 0 ? { retryAfterMs } : undefined);
}
