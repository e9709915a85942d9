import { stringOption, type Invocation } from '../command';
import { formatInstant, writeOut } from '../output';
import { currentPassphrase } from '../passphrase';
import { resolveVaultDir, validateInput, withSession } from '../session';
import { parseEntryIdArgument, resolveEntryId } from './entry-id';
import { unlockVault } from './vault';

export async function runConsentWithdraw({ values, args, env }: Invocation): Promise<void> {
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  const readPassphrase = currentPassphrase(values, env);
  const idArgument = parseEntryIdArgument(args[0] ?? '');
  const how = stringOption(values, 'how') ?? '';
  const labels = { id: 'ID', how: '--how' };
  validateInput('consent:withdraw', { id: '00000000-0000-4000-8000-000000000000', how }, { fields: labels });
  await withSession(dir, env, async (session) => {
    await unlockVault(session, readPassphrase);
    const id = await resolveEntryId(session, idArgument);
    const withdrawn = await session.call('consent:withdraw', { id, how }, { fields: labels });
    const at = withdrawn.kind === 'consent' ? withdrawn.withdrawal?.at ?? null : null;
    writeOut(`Consent ${id} withdrawn at ${formatInstant(at)}.`);
  });
}
