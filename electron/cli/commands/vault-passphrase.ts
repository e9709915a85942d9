import type { RekeyPhase } from '../../core/vault/rekey';
import { flag, stringOption, type CommandSpec } from '../command';
import { writeOut } from '../output';
import { currentPassphrase, newPassphrase, NEW_PASSPHRASE_OPTIONS, PASSPHRASE_OPTIONS, PASSPHRASE_SOURCES_NOTE } from '../passphrase';
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
  async run({ values, env }) {
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
  },
};
