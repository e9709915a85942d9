import { LIMITS, type EntryInputData, type WritableKind } from '../../../shared/domain/entries';
import { stringOption, type Invocation, type OptionValues } from '../command';
import { UsageError } from '../errors';
import { writeJson, writeOut } from '../output';
import { currentPassphrase } from '../passphrase';
import { readTextArgument } from '../read-text';
import { resolveVaultDir, validateInput, withSession } from '../session';
import { JSON_FIELD_LABELS, occurredAtInput, readEntryJson, refuseUnknownFields, type EntryFields } from './entry-json';
import { writableKind } from './entry-kind';
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

/** --kind, else the JSON's kind, else meeting; the two may not disagree. */
function kindOf(values: OptionValues, fromJson: EntryFields | undefined): WritableKind {
  const option = stringOption(values, 'kind');
  const raw = fromJson?.kind;
  const inJson = raw === undefined || typeof raw === 'string' ? raw : JSON.stringify(raw);
  if (option !== undefined && inJson !== undefined && option !== inJson) {
    throw new UsageError(`--kind ${option} and the JSON's kind '${inJson}' differ.`, '');
  }
  return option !== undefined ? writableKind(option, '--kind') : writableKind(inJson, '--json: kind');
}

async function bodyText(values: OptionValues): Promise<string> {
  const body = stringOption(values, 'body');
  const file = stringOption(values, 'body-file');
  if (body !== undefined && file !== undefined) throw new UsageError('use --body or --body-file, not both.', '');
  if (file !== undefined) return readTextArgument(file, LIMITS.body, '--body-file');
  return body ?? '';
}

async function entryFromOptions(values: OptionValues, kind: WritableKind): Promise<EntryInputData> {
  const title = stringOption(values, 'title');
  if (title === undefined) throw new UsageError('missing --title (or --json FILE).', "Run 'fieldnotes entry add --help' for usage.");
  const meeting = kind === 'meeting' ? { counterpartType: stringOption(values, 'counterpart') ?? null, participants: stringOption(values, 'participants') ?? '' } : {};
  return {
    kind,
    title,
    body: await bodyText(values),
    occurredAt: occurredAtInput(stringOption(values, 'occurred-at'), '--occurred-at') as string | null,
    location: stringOption(values, 'location') ?? '',
    ...meeting,
  } as EntryInputData;
}

/** Fields left out take their defaults; the contract checks every value next. */
function entryFromJson(fromJson: EntryFields, kind: WritableKind): EntryInputData {
  return { ...fromJson, kind, occurredAt: occurredAtInput(fromJson.occurredAt, '--json: occurredAt') } as EntryInputData;
}

function stdinUse(values: OptionValues): string | undefined {
  if (values.json === '-') return '--json -';
  return stringOption(values, 'body-file') === '-' ? '--body-file -' : undefined;
}

export async function runEntryAdd({ values, env }: Invocation): Promise<void> {
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  // Everything the command line alone can get wrong is checked before the passphrase is asked.
  const jsonFile = typeof values.json === 'string' ? values.json : undefined;
  const mixed = jsonFile === undefined ? undefined : FIELD_OPTIONS.find((name) => values[name] !== undefined);
  if (mixed !== undefined) throw new UsageError(`--json ${jsonFile ?? ''} gives the whole entry: leave out --${mixed}.`, '');
  const readPassphrase = currentPassphrase(values, env, { stdinUse: stdinUse(values) });
  const fromJson = jsonFile === undefined ? undefined : (await readEntryJson(jsonFile)).fields;
  const kind = kindOf(values, fromJson);
  if (fromJson !== undefined) refuseUnknownFields(fromJson, kind, '--json');
  const entry = fromJson === undefined ? await entryFromOptions(values, kind) : entryFromJson(fromJson, kind);
  const bodyOption = stringOption(values, 'body-file') === undefined ? '--body' : '--body-file';
  const fields = fromJson === undefined ? { ...ADD_FIELDS, 'entry.body': bodyOption } : JSON_FIELD_LABELS;
  validateInput('entry:create', { entry }, { fields });
  await withSession(dir, env, async (session) => {
    await unlockVault(session, readPassphrase);
    // The file was checked above; what the vault refuses now (a link to no record) is a refusal, exit 1.
    const created = await session.call('entry:create', { entry }, { fields, invalidIsUsage: false });
    if (values.json !== undefined) writeJson(created);
    else writeOut(created.id);
  });
}
