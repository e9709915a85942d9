import { flag, stringOption, type Invocation } from '../command';
import { formatInstant, oneLine, table, writeJson, writeOut } from '../output';
import { currentPassphrase } from '../passphrase';
import { resolveVaultDir, withSession } from '../session';
import { parseEntryIdArgument, resolveEntryId } from './entry-id';
import { unlockVault } from './vault';

export async function runEntryFinalize({ values, args, env }: Invocation): Promise<void> {
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  const idArgument = parseEntryIdArgument(args[0] ?? '');
  const readPassphrase = currentPassphrase(values, env);
  await withSession(dir, env, async (session) => {
    await unlockVault(session, readPassphrase);
    const id = await resolveEntryId(session, idArgument);
    const { revision } = await session.call('entry:get', { id });
    const final = await session.call('entry:finalize', { id, revision }, { invalidIsUsage: false });
    writeOut(`Entry ${id} is final (revision ${final.revision}): every later edit keeps this version.`);
  });
}

/** Every version, oldest first, the current one last; redactions and deletions as the history records them. */
export async function runEntryHistory({ values, args, env }: Invocation): Promise<void> {
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  const idArgument = parseEntryIdArgument(args[0] ?? '');
  const readPassphrase = currentPassphrase(values, env);
  await withSession(dir, env, async (session) => {
    await unlockVault(session, readPassphrase);
    const id = await resolveEntryId(session, idArgument);
    const current = await session.call('entry:get', { id });
    const versions = await session.call('entry:versions', { id });
    const { events } = await session.call('entry:history', { id });
    if (flag(values, 'json')) return writeJson({ versions: [...versions, current], events });
    const rows = [...versions, current].map((v) => [String(v.revision), formatInstant(v.updatedAt), v.status, oneLine(v.title)]);
    writeOut(table(['REVISION', 'SAVED', 'STATUS', 'TITLE'], rows));
    for (const event of events) writeOut(`${formatInstant(event.at)}: ${event.kind} (revision ${event.revision})`);
  });
}
