import type { Entry, EntryInputData } from '../../../shared/domain/entries';
import { STORED_KEYS } from '../../../shared/domain/kinds/common';
import { stringOption, type Invocation } from '../command';
import { CliError, UsageError } from '../errors';
import { writeJson } from '../output';
import { currentPassphrase } from '../passphrase';
import { resolveVaultDir, validateInput, withSession } from '../session';
import { parseEntryIdArgument, resolveEntryId } from './entry-id';
import { JSON_FIELD_LABELS, occurredAtInput, readEntryJson, refuseUnknownFields, type EntryJson } from './entry-json';
import { writableKind } from './entry-kind';
import { unlockVault } from './vault';

/**
 * The new revision: the current entry with the JSON's fields laid over it. Leaving a field
 * out keeps it, so `{"title": "…"}` retitles a note without retyping its body; the earlier
 * revision is kept by the core either way (evidence is never rewritten).
 */
function mergedEntry(current: Entry, json: EntryJson): EntryInputData {
  const given = json.fields;
  const editable = Object.fromEntries(Object.entries(current).filter(([key]) => !(STORED_KEYS as readonly string[]).includes(key)));
  // null empties a text field; the contract judges every other value.
  const nulls = Object.fromEntries(Object.entries(given).filter(([, value]) => value === null).map(([key]) => [key, typeof editable[key] === 'string' ? '' : null]));
  return {
    ...editable,
    ...given,
    ...nulls,
    kind: writableKind(given.kind ?? current.kind, '--json: kind'),
    occurredAt: 'occurredAt' in given ? occurredAtInput(given.occurredAt, '--json: occurredAt') : current.occurredAt,
  } as EntryInputData;
}

/**
 * JSON taken from `entry show --json` names its entry and revision. Another entry's JSON is a
 * mistake; an older revision means someone saved since it was shown, and editing from it
 * would silently undo their work, so both are refused.
 */
function checkAssigned(json: EntryJson, current: Entry): void {
  const { id, revision } = json.assigned;
  if (id !== undefined && id !== current.id) {
    throw new UsageError(`--json: the file is entry ${typeof id === 'string' ? id.slice(0, 36) : '?'}, not ${current.id}.`, '');
  }
  if (revision !== undefined && revision !== current.revision) {
    throw new CliError(
      `entry ${current.id} is at revision ${current.revision}, but the JSON was taken from revision ${JSON.stringify(revision).slice(0, 12)}: show it again and edit that.`,
    );
  }
}

const sameInstant = (a: string | null, b: unknown) => (a === null || typeof b !== 'string' ? a === b : Date.parse(a) === Date.parse(b));

/** An edit that changes nothing would still add a revision to the history: it is skipped instead. */
function unchanged(current: Entry, next: EntryInputData): boolean {
  const { occurredAt, ...rest } = next;
  const stored = current as Record<string, unknown>;
  return sameInstant(current.occurredAt, occurredAt) && Object.entries(rest).every(([key, value]) => JSON.stringify(stored[key]) === JSON.stringify(value));
}

export async function runEntryEdit({ values, args, env }: Invocation): Promise<void> {
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  const idArgument = parseEntryIdArgument(args[0] ?? '');
  const jsonFile = stringOption(values, 'json');
  if (jsonFile === undefined) throw new UsageError('missing --json F|- (the changed fields).', "Run 'fieldnotes entry edit --help' for usage.");
  const readPassphrase = currentPassphrase(values, env, { stdinUse: jsonFile === '-' ? '--json -' : undefined });
  const json = await readEntryJson(jsonFile);
  // The kind and a date can be judged before the passphrase is asked; the rest needs the current entry.
  if (json.fields.kind !== undefined) writableKind(json.fields.kind, '--json: kind');
  if (typeof json.fields.occurredAt === 'string') occurredAtInput(json.fields.occurredAt, '--json: occurredAt');
  await withSession(dir, env, async (session) => {
    await unlockVault(session, readPassphrase);
    const id = await resolveEntryId(session, idArgument);
    const current = await session.call('entry:get', { id });
    checkAssigned(json, current);
    if (json.fields.kind !== undefined && json.fields.kind !== current.kind) {
      throw new UsageError(`--json: kind: an entry cannot change its kind (this one is a ${current.kind}).`, '');
    }
    refuseUnknownFields(json.fields, writableKind(current.kind, 'kind'), '--json');
    const update = { id, revision: current.revision, entry: mergedEntry(current, json) };
    validateInput('entry:update', update, { fields: JSON_FIELD_LABELS });
    if (unchanged(current, update.entry)) {
      process.stderr.write(`fieldnotes: nothing to change; entry ${id} stays at revision ${current.revision}.\n`);
      return writeJson(current);
    }
    writeJson(await session.call('entry:update', update, { fields: JSON_FIELD_LABELS }));
  });
}
