import { join } from 'node:path';

/** What lives inside a vault directory. */
export function vaultLayout(dir: string) {
  return {
    dir,
    header: join(dir, 'vault.json'),
    database: join(dir, 'notebook.db'),
    throttle: join(dir, 'unlock-attempts.json'),
    attachments: join(dir, 'attachments'),
  } as const;
}

export type VaultLayout = ReturnType<typeof vaultLayout>;
