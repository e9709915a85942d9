import { ENTRY_KINDS, LIMITS, meetingInputSchema, type EntrySummary, type MeetingInput } from '../../../shared/domain/entries';
import { countOption, flag, json, stringOption, type CommandSpec, type OptionValues } from '../command';
import { UsageError } from '../errors';
import { fields, formatInstant, multiLine, oneLine, table, writeJson, writeOut } from '../output';
import { currentPassphrase, PASSPHRASE_OPTIONS, PASSPHRASE_SOURCES_NOTE } from '../passphrase';
import { readTextArgument } from '../read-text';
import { resolveVaultDir, validateInput, withSession } from '../session';
import { JSON_FIELD_LABELS, JSON_FIELDS_NOTE, readEntryJson, type EntryFields } from './entry-json';
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

/** The options that give one field each; `--json FILE` gives them all. */
const FIELD_OPTIONS = ['title', 'body', 'body-file', 'occurred-at', 'location', 'counterpart', 'participants'];

/**
 * The contract stores instants in UTC. An ISO time with any offset is accepted and converted;
 * anything else goes to the contract as given, so its message is the one the user sees.
 */
function occurredAt(raw: unknown): unknown {
  if (raw === undefined) return null;
  return meetingInputSchema.shape.occurredAt.safeParse(raw).success && typeof raw === 'string' ? new Date(raw).toISOString() : raw;
}

function writableKind(raw: string): 'meeting' {
  if (raw === 'meeting') return raw;
  if ((ENTRY_KINDS as readonly string[]).includes(raw)) {
    throw new UsageError(`--kind ${raw}: only meeting notes can be added from the CLI for now.`, '');
  }
  throw new UsageError(`--kind must be meeting (got '${oneLine(raw)}').`, '');
}

/** --kind, else the JSON's kind, else meeting; the two may not disagree. */
function kindOf(values: OptionValues, fromJson: EntryFields | undefined): 'meeting' {
  const option = stringOption(values, 'kind');
  const raw = fromJson?.kind;
  const inJson = raw === undefined || typeof raw === 'string' ? raw : JSON.stringify(raw);
  if (option !== undefined && inJson !== undefined && option !== inJson) {
    throw new UsageError(`--kind ${option} and the JSON's kind '${oneLine(inJson)}' differ.`, '');
  }
  return writableKind(option ?? inJson ?? 'meeting');
}

async function bodyText(values: OptionValues): Promise<string> {
  const body = stringOption(values, 'body');
  const file = stringOption(values, 'body-file');
  if (body !== undefined && file !== undefined) throw new UsageError('use --body or --body-file, not both.', '');
  if (file !== undefined) return readTextArgument(file, LIMITS.body, '--body-file');
  return body ?? '';
}

async function entryFromOptions(values: OptionValues, kind: 'meeting'): Promise<MeetingInput> {
  const title = stringOption(values, 'title');
  if (title === undefined) throw new UsageError('missing --title (or --json FILE).', "Run 'fieldnotes entry add --help' for usage.");
  return {
    kind,
    title,
    body: await bodyText(values),
    occurredAt: occurredAt(stringOption(values, 'occurred-at')) as string | null,
    location: stringOption(values, 'location') ?? '',
    counterpartType: (stringOption(values, 'counterpart') ?? null) as MeetingInput['counterpartType'],
    participants: stringOption(values, 'participants') ?? '',
  };
}

/** Fields left out take the same defaults as left-out options; the contract checks every value next. */
function entryFromJson(fromJson: EntryFields, kind: 'meeting'): MeetingInput {
  return {
    kind,
    title: fromJson.title,
    body: fromJson.body ?? '',
    occurredAt: occurredAt(fromJson.occurredAt),
    location: fromJson.location ?? '',
    counterpartType: fromJson.counterpartType ?? null,
    participants: fromJson.participants ?? '',
  } as MeetingInput;
}

function stdinUse(values: OptionValues): string | undefined {
  if (values.json === '-') return '--json -';
  return stringOption(values, 'body-file') === '-' ? '--body-file -' : undefined;
}

export const entryAdd: CommandSpec = {
  name: 'entry add',
  summary: 'add a meeting note; prints its id',
  synopsis: '--json F|- | --title T [--body-file F | --body TEXT] [options]',
  options: {
    json: {
      type: 'string',
      optionalValue: true,
      value: '[F]',
      description: "read the whole entry from a JSON file (- for stdin), fields as 'entry show --json' prints; alone: print the created entry as JSON",
    },
    kind: { type: 'string', value: 'KIND', description: 'entry kind: meeting (the default)' },
    title: { type: 'string', value: 'T', description: 'title (required without --json F)' },
    body: { type: 'string', value: 'TEXT', description: 'the note text' },
    'body-file': { type: 'string', value: 'F', description: 'read the note text from a UTF-8 file (- for stdin)' },
    'occurred-at': { type: 'string', value: 'ISO', description: 'when it happened, e.g. 2025-03-01T14:30:00+02:00 (stored in UTC)' },
    location: { type: 'string', value: 'L', description: 'where' },
    counterpart: { type: 'string', value: 'TYPE', description: 'counterpart type (see below)' },
    participants: { type: 'string', value: 'P', description: 'participants, free text' },
    ...PASSPHRASE_OPTIONS,
  },
  positionals: { min: 0, max: 0 },
  notes: [
    'Names and places passed as options (--title, --participants, --location, --body) are visible to ' +
      'other users in ps and stay in shell history: prefer --json F or --json - (the created entry is then printed as JSON).',
    JSON_FIELDS_NOTE,
    `Counterpart types: ${meetingInputSchema.shape.counterpartType.unwrap().options.join(', ')}.`,
    PASSPHRASE_SOURCES_NOTE,
  ],
  async run({ values, env }) {
    const dir = resolveVaultDir(stringOption(values, 'vault'), env);
    // Everything the command line alone can get wrong is checked before the passphrase is asked.
    const jsonFile = typeof values.json === 'string' ? values.json : undefined;
    const mixed = jsonFile === undefined ? undefined : FIELD_OPTIONS.find((name) => values[name] !== undefined);
    if (mixed !== undefined) throw new UsageError(`--json ${jsonFile ?? ''} gives the whole entry: leave out --${mixed}.`, '');
    const readPassphrase = currentPassphrase(values, env, { stdinUse: stdinUse(values) });
    const fromJson = jsonFile === undefined ? undefined : await readEntryJson(jsonFile);
    const kind = kindOf(values, fromJson);
    const entry = fromJson === undefined ? await entryFromOptions(values, kind) : entryFromJson(fromJson, kind);
    const bodyOption = stringOption(values, 'body-file') === undefined ? '--body' : '--body-file';
    const fields = fromJson === undefined ? { ...ADD_FIELDS, 'entry.body': bodyOption } : JSON_FIELD_LABELS;
    validateInput('entry:create', { entry }, { fields });
    await withSession(dir, env, async (session) => {
      await unlockVault(session, readPassphrase);
      const created = await session.call('entry:create', { entry }, { fields });
      if (values.json !== undefined) writeJson(created);
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
    ...PASSPHRASE_OPTIONS,
  },
  positionals: { min: 0, max: 0 },
  notes: [PASSPHRASE_SOURCES_NOTE],
  async run({ values, env }) {
    const dir = resolveVaultDir(stringOption(values, 'vault'), env);
    const readPassphrase = currentPassphrase(values, env);
    const query = {
      kind: stringOption(values, 'kind') as EntrySummary['kind'] | undefined,
      limit: countOption(values, 'limit'),
      offset: countOption(values, 'offset'),
    };
    const fields = { kind: '--kind', limit: '--limit', offset: '--offset' };
    validateInput('entry:list', query, { fields });
    await withSession(dir, env, async (session) => {
      await unlockVault(session, readPassphrase);
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
  options: { json, ...PASSPHRASE_OPTIONS },
  positionals: { min: 1, max: 1, name: 'ID' },
  notes: [PASSPHRASE_SOURCES_NOTE],
  async run({ values, args, env }) {
    const dir = resolveVaultDir(stringOption(values, 'vault'), env);
    const readPassphrase = currentPassphrase(values, env);
    const id = args[0] ?? '';
    validateInput('entry:get', { id }, { fields: { id: 'ID' } });
    await withSession(dir, env, async (session) => {
      await unlockVault(session, readPassphrase);
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
