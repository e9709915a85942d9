import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { overwriteInPlace } from './header-slots';
import type { VaultLayout } from './layout';

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/**
 * Makes the vault unrecoverable on this laptop, fast, for the moment before a seizure.
 * Step one overwrites the header (both slots, and a first-format `vault.json` if one is still
 * there) in place and forces it to the device: the wrapped data key existed nowhere else on
 * this disk (header writes are in place too, so no older header lingers in free blocks), and
 * from then on the database is random bytes to anyone, passphrase or not. Step two removes
 * every file of the vault, then the traces outside it (settings, browser profile) that show
 * Fieldnotes was used. Overwriting a large database would take time the officer may not have
 * and, on SSDs, would not reliably reach the old cells anyway (wear levelling): the key is what
 * matters. docs/security.md says what this cannot reach (copy-on-write filesystems, snapshots,
 * backups). The caller must have locked the vault first.
 */
export function purgeVaultFiles(layout: VaultLayout, traces: readonly string[]): void {
  for (const header of [layout.header, layout.legacyHeader]) {
    // A header that is not a regular file cannot be overwritten: fail loudly before removing anything.
    if (existsSync(header) && !isFile(header)) throw new Error(`the vault header ${header} is not a file`);
    if (existsSync(header)) overwriteInPlace(header);
  }
  if (existsSync(layout.dir)) {
    for (const name of readdirSync(layout.dir)) rmSync(join(layout.dir, name), { recursive: true, force: true });
    rmSync(layout.dir, { recursive: true, force: true });
  }
  for (const trace of traces) rmSync(trace, { recursive: true, force: true });
}
