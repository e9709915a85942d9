import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { VaultStatus } from '../../../shared/domain/vault';
import { openEncryptedDatabase } from '../db/connection';
import type { Db } from '../db/driver';
import { migrate } from '../db/migrate';
import { openNotebook, type Notebook } from '../services/notebook';
import { buildVault } from './create-vault';
import { headerAad, readHeader, writeHeader, type VaultHeader } from './header';
import { calibrateKdf, deriveKey } from './kdf';
import { unwrapKey, wrapKey } from './key-wrap';
import { vaultLayout, type VaultLayout } from './layout';
import { purgeVaultFiles } from './purge';
import { UnlockThrottle } from './throttle';

export interface VaultOptions {
  dir: string;
  /** Argon2id is calibrated to take about this long on the creating machine; 0 keeps the floor. */
  kdfTargetMs: number;
  now?: () => Date;
}

/** Wipes key material when the operation ends, whatever happens. */
async function withKey<T>(key: Buffer, use: (key: Buffer) => Promise<T> | T): Promise<T> {
  try {
    return await use(key);
  } finally {
    key.fill(0);
  }
}

/**
 * The one owner of a vault's lifecycle in a process: create, unlock, lock, change passphrase.
 * While locked it holds no key and no open database; the data key exists only for the
 * moment it takes to key SQLCipher, then is wiped (SQLCipher keeps its own copy until close).
 */
export class VaultSession {
  readonly layout: VaultLayout;
  private notebook: Notebook | null = null;
  private readonly lockListeners = new Set<() => void>();
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
    this.throttle = new UnlockThrottle(this.layout.throttle);
    this.now = options.now ?? (() => new Date());
  }

  /** Vault operations never interleave: a second unlock waits for the first. */
  private serial<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation, operation);
    this.queue = result.catch(() => undefined);
    return result;
  }

  status(): VaultStatus {
    const state = this.notebook ? 'unlocked' : existsSync(this.layout.header) ? 'locked' : 'absent';
    return { state, retryAfterMs: state === 'locked' ? this.throttle.retryAfterMs() : 0, purgeFailed: this.purgeFailed };
  }

  requireNotebook(): Notebook {
    if (!this.notebook) throw new AppError('VAULT_LOCKED', 'The notebook is locked.');
    return this.notebook;
  }

  onLock(listener: () => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  create(passphrase: string): Promise<VaultStatus> {
    // Taken when asked, not when the queue gets to it: a lock after the request wins.
    const generation = this.lockGeneration;
    return this.serial(async () => {
      const dataKey = await buildVault(this.layout, passphrase, this.options.kdfTargetMs, this.now);
      const db = await withKey(dataKey, (key) => openEncryptedDatabase(this.layout.database, key, { create: false }));
      return this.adopt(db, generation);
    });
  }

  unlock(passphrase: string): Promise<VaultStatus> {
    const generation = this.lockGeneration;
    return this.serial(async () => {
      if (this.notebook) return this.status();
      const header = readHeader(this.layout.header);
      const retryAfterMs = this.throttle.retryAfterMs();
      if (retryAfterMs > 0) {
        throw new AppError('THROTTLED', 'Too many wrong passphrases. Wait before trying again.', { retryAfterMs });
      }
      const dataKey = await this.unwrap(header, passphrase);
      const db = await withKey(dataKey, (key) => openEncryptedDatabase(this.layout.database, key, { create: false }));
      try {
        migrate(db, undefined, this.now);
      } catch (error) {
        db.close();
        throw error;
      }
      this.throttle.reset();
      return this.adopt(db, generation);
    });
  }

  /** Makes an opened database the session's notebook, unless a lock came in the meantime. */
  private adopt(db: Db, generation: number): VaultStatus {
    if (generation !== this.lockGeneration) {
      db.close();
      return this.status();
    }
    this.notebook = openNotebook(db, this.now);
    return this.status();
  }

  /** Closes the database (SQLCipher wipes its key copy on close) and tells every listener. */
  lock(): VaultStatus {
    this.lockGeneration += 1;
    const notebook = this.notebook;
    this.notebook = null;
    if (notebook) {
      notebook.close();
      for (const listener of this.lockListeners) listener();
    }
    return this.status();
  }

  /** Locks, then destroys the key and every file of the vault (see purgeVaultFiles). No passphrase needed: speed matters more. */
  purge(): Promise<VaultStatus> {
    return this.serial(() => {
      this.lock();
      try {
        purgeVaultFiles(this.layout);
        this.purgeFailed = false;
      } catch (error) {
        this.purgeFailed = true;
        throw new AppError('PURGE_FAILED', 'The notebook could not be fully destroyed: it may still be on this laptop.', { cause: error });
      }
      return Promise.resolve(this.status());
    });
  }

  /** Re-wraps the same data key under the new passphrase; the database is never re-encrypted. */
  changePassphrase(current: string, next: string, _options: { rekey: boolean } = { rekey: false }): Promise<VaultStatus> {
    return this.serial(async () => {
      const header = readHeader(this.layout.header);
      const retryAfterMs = this.throttle.retryAfterMs();
      if (retryAfterMs > 0) {
        throw new AppError('THROTTLED', 'Too many wrong passphrases. Wait before trying again.', { retryAfterMs });
      }
      const dataKey = await this.unwrap(header, current);
      await withKey(dataKey, async (key) => {
        const partial = { ...header, kdf: await calibrateKdf(randomBytes(16), this.options.kdfTargetMs) };
        const wrappedKey = await withKey(await deriveKey(next, partial.kdf), (kek) => wrapKey(key, kek, headerAad(partial)));
        writeHeader(this.layout.header, { ...partial, wrappedKey });
      });
      this.throttle.reset();
      return this.status();
    });
  }

  private async unwrap(header: VaultHeader, passphrase: string): Promise<Buffer> {
    const dataKey = await withKey(await deriveKey(passphrase, header.kdf), (kek) =>
      unwrapKey(header.wrappedKey, kek, headerAad(header)),
    );
    if (!dataKey) {
      const delay = this.throttle.recordFailure();
      throw new AppError('WRONG_PASSPHRASE', 'Wrong passphrase.', delay > 0 ? { retryAfterMs: delay } : undefined);
    }
    return dataKey;
  }
}
