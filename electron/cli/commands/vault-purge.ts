import { PURGE_CONFIRMATION } from '../../../shared/domain/vault';
import { stringOption, type CommandSpec } from '../command';
import { CliError, UsageError } from '../errors';
import { writeOut } from '../output';
import { resolveVaultDir, withSession } from '../session';

export const vaultPurge: CommandSpec = {
  name: 'vault purge',
  summary: 'destroy the vault at once, without its passphrase',
  synopsis: `--confirm "${PURGE_CONFIRMATION}"`,
  options: {
    confirm: { type: 'string', value: 'TEXT', description: `exactly "${PURGE_CONFIRMATION}"` },
  },
  positionals: { min: 0, max: 0 },
  notes: [
    'For a notebook about to be seized: no passphrase is asked, so anyone who can run this can destroy it. ' +
      'The key and the database are deleted; copies (backups, snapshots, another disk) are not reached. ' +
      'docs/security.md says what remains recoverable on SSDs and copy-on-write filesystems.',
  ],
  async run({ values, env }) {
    const dir = resolveVaultDir(stringOption(values, 'vault'), env);
    // Typed-out intent, checked before the vault is even opened: a stray flag must not destroy evidence.
    const confirm = stringOption(values, 'confirm');
    if (confirm !== PURGE_CONFIRMATION) {
      throw new UsageError(`vault purge needs --confirm "${PURGE_CONFIRMATION}", exactly.`, '');
    }
    await withSession(dir, env, async (session) => {
      const status = await session.call('vault:status', {});
      if (status.state === 'absent') throw new CliError(`no vault in ${dir}.`);
      await session.call('vault:purge', { confirm });
      writeOut(`Destroyed the vault in ${dir}.`);
    });
  },
};
