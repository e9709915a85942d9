import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { DATA_KEY_BYTES, openEncryptedDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { asStorageError, fsyncDirectory } from '../fs/atomic-file';
import { HEADER_FORMAT, HEADER_VERSION, headerAad, NEW_VAULT_CIPHER_PAGE_SIZE, writeHeader, type VaultHeader } from './header';
import { calibrateKdf, deriveKey } from './kdf';
import { keyCheck, wrapKey } from './key-wrap';
import { vaultLayout, type VaultLayout } from './layout';
import { writeZeroThrottleState } from './throttle';

const stagingPrefix = (dir: string) => `.${basename(dir)}.creating-`;

/** Staging folders left by a creation that was interrupted (crash, Ctrl-C, power cut). */
function removeAbandonedStaging(dir: string): void {
  const parent = dirname(dir);
  for (const name of readdirSync(parent)) {
    if (name.startsWith(stagingPrefix(dir))) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/**
 * Builds a complete vault (database, schema, header) in a hidden staging folder beside the
 * target and renames it into place: an interrupted creation leaves either no vault or a whole
 * one, never a database without its header that would block the next attempt.
 * Returns the new data key (the caller wipes it), the vault's id and its database's page size.
 */
export async function buildVault(
  layout: VaultLayout,
  passphrase: string,
  kdfTargetMs: number,
  now: () => Date,
): Promise<{ dataKey: Buffer; vaultId: string; pageSize: number }> {
  if ([layout.header, layout.legacyHeader, layout.database].some((file) => existsSync(file))) {
    throw new AppError('VAULT_EXISTS', 'A vault already exists in this folder.');
  }
  if (existsSync(layout.dir) && readdirSync(layout.dir).length > 0) {
    throw new AppError('VAULT_EXISTS', 'The vault folder is not empty; choose an empty or new folder.');
  }
  const dataKey = randomBytes(DATA_KEY_BYTES);
  const pageSize = NEW_VAULT_CIPHER_PAGE_SIZE;
  let staging: string | undefined;
  try {
    mkdirSync(dirname(layout.dir), { recursive: true, mode: 0o700 });
    removeAbandonedStaging(layout.dir);
    staging = mkdtempSync(join(dirname(layout.dir), stagingPrefix(layout.dir)));
    const stagedLayout = vaultLayout(staging);
    const partial: Omit<VaultHeader, 'wrappedKey'> = {
      format: HEADER_FORMAT,
      version: HEADER_VERSION,
      vaultId: randomUUID(),
      createdAt: now().toISOString(),
      kdf: await calibrateKdf(randomBytes(16), kdfTargetMs),
      cipherPageSize: pageSize,
    };
    const kek = await deriveKey(passphrase, partial.kdf);
    const wrapped = (() => {
      try {
        return { wrappedKey: wrapKey(dataKey, kek, headerAad(partial)), keyCheck: keyCheck(kek) };
      } finally {
        kek.fill(0);
      }
    })();
    const db = openEncryptedDatabase(stagedLayout.database, dataKey, { create: true, pageSize });
    try {
      migrate(db, undefined, now);
    } finally {
      db.close();
    }
    writeHeader(stagedLayout, { ...partial, ...wrapped }, null);
    // Made with the vault, so that its absence later means someone deleted it to reset the count.
    writeZeroThrottleState(stagedLayout.throttle);
    fsyncDirectory(staging);
    if (existsSync(layout.dir)) rmdirSync(layout.dir);
    renameSync(staging, layout.dir);
    staging = undefined;
    fsyncDirectory(dirname(layout.dir));
    return { dataKey, vaultId: partial.vaultId, pageSize };
  } catch (error) {
    dataKey.fill(0);
    throw asStorageError(error, 'the new vault');
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true });
  }
}
