import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { VaultLayout } from './layout';

/** Overwrites a file in place with random bytes and forces them to the device. */
function overwrite(file: string): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, randomBytes(Math.max(size, 1)), 0, Math.max(size, 1), 0);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Makes the vault unrecoverable on this laptop, fast, for the moment before a seizure.
 * Step one destroys the only copy of the wrapped data key (the header) on the device: from
 * then on the database is random bytes to anyone, passphrase or not. Step two removes every
 * file. Overwriting a large database would take time the officer may not have and, on SSDs,
 * would not reliably reach the old cells anyway (wear levelling); the key is what matters.
 * The caller must have locked the vault first.
 */
export function purgeVaultFiles(layout: VaultLayout): void {
  if (existsSync(layout.header)) overwrite(layout.header);
  rmSync(layout.header, { force: true });
  if (!existsSync(layout.dir)) return;
  for (const name of readdirSync(layout.dir)) rmSync(join(layout.dir, name), { recursive: true, force: true });
  rmSync(layout.dir, { recursive: true, force: true });
}
