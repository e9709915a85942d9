import { PURGE_CONFIRMATION } from '../../../shared/domain/vault';
import { stringOption, type Invocation } from '../command';
import { CliError, UsageError } from '../errors';
import { writeOut } from '../output';
import { resolveVaultDir, withSession } from '../session';

export async function runVaultPurge({ values, env }: Invocation): Promise<void> {
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
}
