import type { Entry } from '../../../shared/domain/entries';
import { stringOption, type Invocation } from '../command';
import { currentPassphrase } from '../passphrase';
import { resolveVaultDir, withSession, type CliSession } from '../session';
import { parseEntryIdArgument, resolveEntryId } from './entry-id';
import { unlockVault } from './vault';

export interface CurrentEntryOptions<T> {
  /** The option that reads standard input in this command line, if any. */
  stdinUse?: string;
  /** What the command reads before the vault is unlocked (a passage from a file), after the cheap checks. */
  prepare?: () => Promise<T>;
}

/**
 * The commands that act on one entry: the vault, the ID and the passphrase source are checked
 * before anything is asked or unlocked; then the ID (or prefix) is resolved and the entry read
 * at its current revision, which the write channels then require: a save from the app in
 * between is refused as stale, never overwritten unseen.
 */
export async function withCurrentEntry<T = undefined>(
  { values, args, env }: Invocation,
  work: (session: CliSession, current: Entry, prepared: T) => Promise<void>,
  options: CurrentEntryOptions<T> = {},
): Promise<void> {
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  const idArgument = parseEntryIdArgument(args[0] ?? '');
  const readPassphrase = currentPassphrase(values, env, { stdinUse: options.stdinUse });
  const prepared = (await options.prepare?.()) as T;
  await withSession(dir, env, async (session) => {
    await unlockVault(session, readPassphrase);
    const id = await resolveEntryId(session, idArgument);
    await work(session, await session.call('entry:get', { id }), prepared);
  });
}
