import { join } from 'node:path';

/** What lives inside a vault directory. */
export function vaultLayout(dir: string) {
  return {
    dir,
    /** Two in-place slots (header-slots.ts); `vault.json` is the first format's header, converted at unlock. */
    header: join(dir, 'vault.header'),
    legacyHeader: join(dir, 'vault.json'),
    database: join(dir, 'notebook.db'),
    throttle: join(dir, 'unlock-attempts.json'),
    attachments: join(dir, 'attachments'),
    /** What imported bundles carried (import-store.ts): apart, so the notebook's orphan check never counts them. */
    importedAttachments: join(dir, 'attachments', 'imported'),
    /** The re-encrypted copy of the database while a rekey is under way (rekey.ts). */
    rekeyedDatabase: join(dir, 'notebook.db.rekey'),
  } as const;
}

export type VaultLayout = ReturnType<typeof vaultLayout>;
