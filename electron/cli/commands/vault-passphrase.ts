import { flag, stringOption, type CommandSpec } from '../command';
import { writeOut } from '../output';
import { currentPassphrase, newPassphrase, NEW_PASSPHRASE_OPTIONS, PASSPHRASE_OPTIONS, PASSPHRASE_SOURCES_NOTE } from '../passphrase';
import { resolveVaultDir, withSession } from '../session';
import { requireState } from './vault';

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
      await session.call('vault:change-passphrase', { current, next, rekey }, { invalidIsUsage: false, fields: { current: '', next: '' } });
      writeOut(rekey ? 'Passphrase changed; the notebook is re-encrypted under a new key.' : 'Passphrase changed.');
    });
  },
};
