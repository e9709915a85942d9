import type { RekeyPhase } from '../../core/vault/rekey';
import { flag, stringOption, type Invocation } from '../command';
import { writeOut } from '../output';
import { currentPassphrase, newPassphrase } from '../passphrase';
import { resolveVaultDir, withSession, type CliSession } from '../session';
import { requireState } from './vault';

const PHASE_LINES: Record<RekeyPhase, string> = {
  copying: 'copying the notebook under the new key…',
  switching: 'switching to the re-encrypted copy…',
  wiping: 'overwriting the old copy…',
};

/** One stderr line as each phase of a re-encryption starts, so a long wait is seen to move. */
function reportRekeyPhases(session: CliSession): () => void {
  let current: RekeyPhase | null = null;
  return session.ctx.vault.onRekeyProgress((phase) => {
    if (phase === current) return;
    current = phase;
    process.stderr.write(`fieldnotes: ${PHASE_LINES[phase]}\n`);
  });
}

export async function runVaultPassphrase({ values, env }: Invocation): Promise<void> {
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  const rekey = flag(values, 'rekey');
  const readCurrent = currentPassphrase(values, env, { prompt: 'Current passphrase: ' });
  const readNext = newPassphrase(values, env);
  await withSession(dir, env, async (session) => {
    await requireState(session, 'locked');
    const current = await readCurrent();
    const next = await readNext();
    // Said before the wait starts, so a long silence is not taken for a hang and interrupted.
    if (rekey) process.stderr.write('fieldnotes: re-encrypting the whole notebook under a new key; this can take a while.\n');
    const stopReporting = reportRekeyPhases(session);
    try {
      await session.call('vault:change-passphrase', { current, next, rekey }, { invalidIsUsage: false, fields: { current: '', next: '' } });
    } finally {
      stopReporting();
    }
    writeOut(rekey ? 'Passphrase changed; the notebook is re-encrypted under a new key.' : 'Passphrase changed.');
  });
}
