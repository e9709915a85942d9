import type { EntrySummary } from '../../../shared/domain/entries';
import { countOption, flag, stringOption, type Invocation } from '../command';
import { fields, formatInstant, multiLine, oneLine, table, writeJson, writeOut } from '../output';
import { currentPassphrase } from '../passphrase';
import { resolveVaultDir, validateInput, withSession } from '../session';
import { parseEntryIdArgument, resolveEntryId } from './entry-id';
import { kindBlocks, kindRows } from './entry-fields';
import { unlockVault } from './vault';

function summaryRow(entry: EntrySummary): string[] {
  return [entry.id, entry.kind, formatInstant(entry.occurredAt), entry.facts.map((f) => f.value).join(', ') || '-', oneLine(entry.title)];
}

export async function runEntryList({ values, env }: Invocation): Promise<void> {
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  const readPassphrase = currentPassphrase(values, env);
  const query = {
    kind: stringOption(values, 'kind') as EntrySummary['kind'] | undefined,
    limit: countOption(values, 'limit'),
    offset: countOption(values, 'offset'),
  };
  const labels = { kind: '--kind', limit: '--limit', offset: '--offset' };
  validateInput('entry:list', query, { fields: labels });
  await withSession(dir, env, async (session) => {
    await unlockVault(session, readPassphrase);
    const result = await session.call('entry:list', query, { fields: labels });
    if (flag(values, 'json')) return writeJson(result);
    if (result.entries.length === 0) return writeOut(result.total === 0 ? 'No entries.' : `No entries at this offset (${result.total} in all).`);
    writeOut(table(['ID', 'KIND', 'OCCURRED', 'FACTS', 'TITLE'], result.entries.map(summaryRow)));
    if (result.total > result.entries.length) {
      writeOut(`Showing ${result.entries.length} of ${result.total}; use --limit and --offset for more.`);
    }
  });
}

export async function runEntryShow({ values, args, env }: Invocation): Promise<void> {
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  const readPassphrase = currentPassphrase(values, env);
  const idArgument = parseEntryIdArgument(args[0] ?? '');
  await withSession(dir, env, async (session) => {
    await unlockVault(session, readPassphrase);
    const id = await resolveEntryId(session, idArgument);
    const entry = await session.call('entry:get', { id }, { fields: { id: 'ID' } });
    if (flag(values, 'json')) return writeJson(entry);
    writeOut(
      fields([
        ['Title', oneLine(entry.title)],
        ['Kind', entry.kind],
        ['Occurred', formatInstant(entry.occurredAt)],
        ['Location', oneLine(entry.location) || '-'],
        ...kindRows(entry),
        ['Status', entry.status],
        ['Id', entry.id],
        ['Revision', String(entry.revision)],
        ['Created', formatInstant(entry.createdAt)],
        ['Updated', formatInstant(entry.updatedAt)],
      ]),
    );
    if (entry.body !== '') writeOut(`\n${multiLine(entry.body)}`);
    for (const block of kindBlocks(entry)) writeOut(`\n${block}`);
  });
}
