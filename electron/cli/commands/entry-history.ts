import { flag, type Invocation } from '../command';
import { formatInstant, oneLine, table, writeJson, writeOut } from '../output';
import { withCurrentEntry } from './current-entry';

export async function runEntryFinalize(invocation: Invocation): Promise<void> {
  await withCurrentEntry(invocation, async (session, { id, revision }) => {
    const final = await session.call('entry:finalize', { id, revision }, { invalidIsUsage: false });
    writeOut(`Entry ${id} is final (revision ${final.revision}): every later edit keeps this version.`);
  });
}

/** Every version, oldest first, the current one last; redactions and deletions as the history records them. */
export async function runEntryHistory(invocation: Invocation): Promise<void> {
  await withCurrentEntry(invocation, async (session, current) => {
    const { id } = current;
    const versions = await session.call('entry:versions', { id });
    const { events } = await session.call('entry:history', { id });
    if (flag(invocation.values, 'json')) return writeJson({ versions: [...versions, current], events });
    const rows = [...versions, current].map((v) => [String(v.revision), formatInstant(v.updatedAt), v.status, oneLine(v.title)]);
    writeOut(table(['REVISION', 'SAVED', 'STATUS', 'TITLE'], rows));
    for (const event of events) writeOut(`${formatInstant(event.at)}: ${event.kind} (revision ${event.revision})`);
  });
}
