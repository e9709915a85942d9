import { json, type CommandSpec } from '../command';
import { PURGE_PHRASE } from './facts';
import { NEW_PASSPHRASE_OPTIONS, PASSPHRASE_OPTIONS, PASSPHRASE_SOURCES_NOTE } from './passphrase-options';

// Specs only: what each command accepts and says in --help. Its work is imported when it runs.

export const vaultCreate: CommandSpec = {
  name: 'vault create',
  summary: 'create a new encrypted vault',
  synopsis: '[--new-passphrase-fd N | --passphrase-fd N | --passphrase-file F]',
  options: { ...NEW_PASSPHRASE_OPTIONS, ...PASSPHRASE_OPTIONS },
  positionals: { min: 0, max: 0 },
  notes: [
    'Asks for the new passphrase twice on the terminal, or takes it from one of the options, ' +
      'FIELDNOTES_NEW_PASSPHRASE or FIELDNOTES_PASSPHRASE. Argon2id is calibrated to take about ' +
      '1 s on this machine (FIELDNOTES_KDF_TARGET_MS overrides; 0 keeps the 64 MiB floor).',
    PASSPHRASE_SOURCES_NOTE,
  ],
  run: (invocation) => import('../commands/vault').then((command) => command.runVaultCreate(invocation)),
};

export const vaultCheck: CommandSpec = {
  name: 'vault check',
  summary: 'unlock, check integrity and print a summary',
  synopsis: '[--json]',
  options: { json: { ...json, description: 'print a JSON summary (shape below)' }, ...PASSPHRASE_OPTIONS },
  positionals: { min: 0, max: 0 },
  notes: [
    "Exits 1 when the integrity check finds a problem, the audit log's hash chain is broken, or attachment files and rows are out of step; the first " +
      'broken link is named: a record altered, missing or moved out of its place, or a chain head that does not match.',
    '--json prints { vault: { format, version, vaultId, createdAt, kdf }, schemaVersion, integrity, counts, ' +
      'audit: { ok, records, firstBroken: { seq, reason } | null }, attachments: { filesWithoutRow, rowsWithoutFile } }: ' +
      "no contract channel covers the check, so this shape is the CLI's own. The salt and the wrapped key are never printed.",
    PASSPHRASE_SOURCES_NOTE,
  ],
  run: (invocation) => import('../commands/vault').then((command) => command.runVaultCheck(invocation)),
};

export const vaultPassphrase: CommandSpec = {
  name: 'vault passphrase',
  summary: 'change the passphrase (--rekey: re-encrypt the notebook too)',
  synopsis: '[--rekey] [--passphrase-fd N | --passphrase-file F] [--new-passphrase-fd N]',
  options: {
    rekey: {
      type: 'boolean',
      description: 'the old passphrase may be known to someone: re-encrypt the whole notebook under a new key',
    },
    ...PASSPHRASE_OPTIONS,
    ...NEW_PASSPHRASE_OPTIONS,
  },
  positionals: { min: 0, max: 0 },
  notes: [
    'The current passphrase comes from the usual sources (below); the new one from --new-passphrase-fd N, ' +
      'FIELDNOTES_NEW_PASSPHRASE, or the terminal, asked twice without echo.',
    'Without --rekey the notebook keeps its data key, wrapped under the new passphrase. With --rekey the ' +
      'notebook is re-encrypted under a new data key, which takes longer the larger it is.',
    PASSPHRASE_SOURCES_NOTE,
  ],
  run: (invocation) => import('../commands/vault-passphrase').then((command) => command.runVaultPassphrase(invocation)),
};

export const vaultPurge: CommandSpec = {
  name: 'vault purge',
  summary: 'destroy the vault at once, without its passphrase',
  synopsis: `--confirm "${PURGE_PHRASE}"`,
  options: {
    confirm: { type: 'string', value: 'TEXT', description: `exactly "${PURGE_PHRASE}"` },
  },
  positionals: { min: 0, max: 0 },
  notes: [
    'For a notebook about to be seized: no passphrase is asked, so anyone who can run this can destroy it. ' +
      'The key and the database are deleted; copies (backups, snapshots, another disk) are not reached. ' +
      'docs/security.md says what remains recoverable on SSDs and copy-on-write filesystems.',
  ],
  run: (invocation) => import('../commands/vault-purge').then((command) => command.runVaultPurge(invocation)),
};
