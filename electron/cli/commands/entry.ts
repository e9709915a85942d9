import { ENTRY_KINDS, LIMITS, meetingInputSchema, type Entry, type EntrySummary } from '../../../shared/domain/entries';
import { countOption, flag, json, stringOption, type CommandSpec, type OptionValues } from '../command';
import { UsageError } from '../errors';
import { fields, formatInstant, multiLine, oneLine, table, writeJson, writeOut } from '../output';
import { readTextArgument } from '../read-text';
import { resolveVaultDir, validateInput, withSession } from '../session';
import { unlockVault } from './vault';


/** Contract paths → the flags the user typed, so an error names what to fix. */
const ADD_FIELDS: Record<string, string> = {
  'entry.kind': '--kind',
  'entry.title': '--title',
  'entry.occurredAt': '--occurred-at',
  'entry.location': '--location',
  'entry.counterpartType': '--counterpart',
  'entry.participants': '--participants',
};

/**
 * The contract stores instants in UTC. An ISO time with any offset is accepted and converted;
 * anything else goes to the contract as typed, so its message is the one the user sees.
 */
function occurredAt(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  return meetingInputSchema.shape.occurredAt.safeParse(raw).success ? new Date(raw).toISOString() : raw;
}

function writableKind(raw: string | undefined): 'meeting' {
  if (raw === undefined) throw new UsageError('missing --kind (only meeting for now).', "Run 'fieldnotes entry add --help' for usage.");
  if (raw === 'meeting') return raw;
  if ((ENTRY_KINDS as readonly string[]).includes(raw)) {
    throw new UsageError(`--kind ${raw}: only meeting notes can be added from the CLI for now.`, '');
  }
  throw new UsageError(`--kind must be meeting (got '${raw}').`, '');
}

async function bodyText(values: OptionValues): Promise<string> {
  const body = stringOption(values, 'body');
  const file = stringOption(values, 'body-file');
  if (body !== undefined && file !== undefined) throw new UsageError('use --body or --body-file, not both.', '');
  if (file !== undefined) return readTextArgument(file, LIMITS.body, '--body-file');
  return body ?? '';
}

export const entryAdd: CommandSpec = {
  name: 'entry add',
  summary: 'add a meeting note; prints its id',
  synopsis: '--kind meeting --title T [--body TEXT | --body-file F] [options]',
  options: {
    kind: { type: 'string', value: 'KIND', description: 'entry kind: meeting' },
    title: { type: 'string', value: 'T', description: 'title (required)' },
    body: { type: 'string', value: 'TEXT', description: 'the note text' },
    'body-file': { type: 'string', value: 'F', description: 'read the note text from a UTF-8 file (- for stdin)' },
    'occurred-at': { type: 'string', value: 'ISO', description: 'when it happened, e.g. 2025-03-01T14:30:00+02:00 (stored in UTC)' },
    location: { type: 'string', value: 'L', description: 'where' },
    counterpart: { type: 'string', value: 'TYPE', description: 'counterpart type (see below)' },
    participants: { type: 'string', value: 'P', description: 'participants, free text' },
    json,
  },
  positionals: { min: 0, max: 0 },
  notes: [
    `Counterpart types: ${meetingInputSchema.shape.counterpartType.unwrap().options.join(', ')}.`,
    'With --body-file -, the text comes from stdin, so the passphrase must come from FIELDNOTES_PASSPHRASE.',
  ],
  async run({ values, env }) {
    const dir = resolveVaultDir(stringOption(values, 'vault'), env);
    // Everything the command line alone can get wrong is checked before the passphrase is asked.
    const kind = writableKind(stringOption(values, 'kind'));
    const title = stringOption(values, 'title');
    if (title === undefined) throw new UsageError('missing --title.', "Run 'fieldnotes entry add --help' for usage.");
    const entry = {
      kind,
      title,
      body: await bodyText(values),
      occurredAt: occurredAt(stringOption(values, 'occurred-at')),
      location: stringOption(values, 'location') ?? '',
      counterpartType: (stringOption(values, 'counterpart') ?? null) as Entry['counterpartType'],
      participants: stringOption(values, 'participants') ?? '',
    };
    const bodyFlag = stringOption(values, 'body-file') === undefined ? '--body' : '--body-file';
    const fields = { ...ADD_FIELDS, 'entry.body': bodyFlag };
    validateInput('entry:create', { entry }, { fields });
    await withSession(dir, env, async (session) => {
      await unlockVault(session, env);
      const created = await session.call('entry:create', { entry }, { fields });
      if (flag(values, 'json')) writeJson(created);
      else writeOut(created.id);
    });
  },
};

function summaryRow(entry: EntrySummary): string[] {
  return [entry.id, entry.kind, formatInstant(entry.occurredAt, false), entry.counterpartType ?? '-', oneLine(entry.title)];
}

export const entryList: CommandSpec = {
  name: 'entry list',
  summary: 'list entries, most recent first',
  synopsis: '[--kind K] [--limit N] [--offset N] [--json]',
  options: {
    kind: { type: 'string', value: 'K', description: `only this kind: ${ENTRY_KINDS.join(', ')}` },
    limit: { type: 'string', value: 'N', description: 'at most N entries (1–500, default 100)' },
    offset: { type: 'string', value: 'N', description: 'skip the first N' },
    json,
  },
  positionals: { min: 0, max: 0 },
  async run({ values, env }) {
    const dir = resolveVaultDir(stringOption(values, 'vault'), env);
    const query = {
      kind: stringOption(values, 'kind') as EntrySummary['kind'] | undefined,
      limit: countOption(values, 'limit'),
      offset: countOption(values, 'offset'),
    };
    const fields = { kind: '--kind', limit: '--limit', offset: '--offset' };
    validateInput('entry:list', query, { fields });
    await withSession(dir, env, async (session) => {
      await unlockVault(session, env);
      const result = await session.call('entry:list', query, { fields });
      if (flag(values, 'json')) return writeJson(result);
      if (result.entries.length === 0) return writeOut(result.total === 0 ? 'No entries.' : `No entries at this offset (${result.total} in all).`);
      writeOut(table(['ID', 'KIND', 'OCCURRED (UTC)', 'COUNTERPART', 'TITLE'], result.entries.map(summaryRow)));
      if (result.total > result.entries.length) {
        writeOut(`Showing ${result.entries.length} of ${result.total}; use --limit and --offset for more.`);
      }
    });
  },
};

export const entryShow: CommandSpec = {
  name: 'entry show',
  summary: 'print one entry',
  synopsis: 'ID [--json]',
  options: { json },
  positionals: { min: 1, max: 1, name: 'ID' },
  async run({ values, args, env }) {
    const dir = resolveVaultDir(stringOption(values, 'vault'), env);
    const id = args[0] ?? '';
    validateInput('entry:get', { id }, { fields: { id: 'ID' } });
    await withSession(dir, env, async (session) => {
      await unlockVault(session, env);
      const entry = await session.call('entry:get', { id }, { fields: { id: 'ID' } });
      if (flag(values, 'json')) return writeJson(entry);
      writeOut(
        fields([
          ['Title', oneLine(entry.title)],
          ['Kind', entry.kind],
          ['Occurred', formatInstant(entry.occurredAt)],
          ['Location', oneLine(entry.location) || '-'],
          ['Counterpart', entry.counterpartType ?? '-'],
          ['Participants', oneLine(entry.participants) || '-'],
          ['Id', entry.id],
          ['Revision', String(entry.revision)],
          ['Created', formatInstant(entry.createdAt)],
          ['Updated', formatInstant(entry.updatedAt)],
        ]),
      );
      if (entry.body !== '') writeOut(`\n${multiLine(entry.body)}`);
    });
  },
};
