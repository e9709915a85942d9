import { json, type CommandSpec } from '../command';
import { PASSPHRASE_OPTIONS, PASSPHRASE_SOURCES_NOTE } from './passphrase-options';

/** Spelled out so that --help loads no schema; tests/integration/cli/audit.test.ts pins it to AUDIT_PAGE_MAX. */
export const AUDIT_LIMIT_MAX = 200;

export const auditList: CommandSpec = {
  name: 'audit list',
  summary: 'the vault’s audit log, newest first',
  synopsis: '[--action A] [--limit N] [--offset N] [--json]',
  options: {
    action: { type: 'string', value: 'A', description: 'only records of this action (vault.unlocked, entry.created…)' },
    limit: { type: 'string', value: 'N', description: `at most N records (1–${AUDIT_LIMIT_MAX}, default 50)` },
    offset: { type: 'string', value: 'N', description: 'skip the newest N records' },
    json,
    ...PASSPHRASE_OPTIONS,
  },
  positionals: { min: 0, max: 0 },
  notes: [
    'Each record says what happened, when, and to which id: counts, kinds and scopes, never a name or a ' +
      'passage. Wrong passphrases are recorded at the next unlock, as one vault.unlock-failed record with ' +
      "their count and the last one's time. Running this command unlocks the vault, which is recorded too. " +
      "'fieldnotes vault check' verifies the log's hash chain.",
    PASSPHRASE_SOURCES_NOTE,
  ],
  run: (invocation) => import('../commands/audit').then((command) => command.runAuditList(invocation)),
};
