import { KIND_SCHEMAS, LIMITS, type WritableKind } from '../../../shared/domain/entries';
import { STORED_KEYS } from '../../../shared/domain/kinds/common';
import { parseDateInput } from '../dates';
import { UsageError } from '../errors';
import { oneLine } from '../output';
import { readTextArgument } from '../read-text';

/**
 * `entry add --json FILE|-` and `entry edit ID --json FILE|-`: names and places come from a
 * file or stdin, never from argv (visible in ps, kept in shell history and in npm's debug
 * log). The fields are the ones `entry show --json` prints; those the notebook assigns itself
 * (id, revision, createdAt, updatedAt) are accepted so show → add round-trips.
 */
export const ASSIGNED_FIELDS: readonly string[] = STORED_KEYS;

/** The fields an entry of this kind takes (`fieldnotes schema KIND` prints them with their rules). */
export function inputFieldsOf(kind: WritableKind): string[] {
  return Object.keys(KIND_SCHEMAS[kind].input.shape);
}

/** A field the kind does not have is a typo or the wrong kind: refused by name before anything is written. */
export function refuseUnknownFields(fields: EntryFields, kind: WritableKind, where: string): void {
  const known = inputFieldsOf(kind);
  const unknown = Object.keys(fields).find((key) => !known.includes(key));
  if (unknown !== undefined) {
    throw new UsageError(`${where}: unknown field '${oneLine(unknown).slice(0, 40)}' for a ${kind} entry (see 'fieldnotes schema ${kind}').`, '');
  }
}

/** JSON may spell each character as \uXXXX (6 characters): room for a body at its limit, escaped, and the rest. */
const MAX_JSON_CHARS = 6 * LIMITS.body + 4_000_000;

/**
 * Where the JSON broke, as line and column. V8's own message is not shown: it quotes the
 * text around the error, which may be a defender's name, into a terminal or a CI log.
 */
function jsonErrorPlace(error: unknown, text: string): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  if (position === undefined) return '';
  const before = text.slice(0, Number(position)).split('\n');
  return ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

export type EntryFields = Record<string, unknown>;

export interface EntryJson {
  /** The entry's own fields, as given (the contract judges the values). */
  fields: EntryFields;
  /** What the notebook assigned, when the JSON came from `entry show --json`: edit checks id and revision. */
  assigned: EntryFields;
}

function pick(value: object, keys: readonly string[]): EntryFields {
  return Object.fromEntries(Object.entries(value).filter(([key]) => keys.includes(key)));
}

/** One JSON object as `entry show --json` prints it, split into the entry's fields and what the notebook assigned. */
export function entryObject(text: string, where: string): EntryJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${where} is not valid JSON${jsonErrorPlace(error, text)}.`, '');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`${where} must hold one JSON object, as 'entry show --json' prints.`, '');
  }
  const fields = Object.fromEntries(Object.entries(value).filter(([key]) => !ASSIGNED_FIELDS.includes(key)));
  return { fields, assigned: pick(value, ASSIGNED_FIELDS) };
}

/** Reads the object; its fields are checked against its kind once the kind is known, the values by the contract. */
export async function readEntryJson(path: string): Promise<EntryJson> {
  const text = await readTextArgument(path, MAX_JSON_CHARS, '--json');
  return entryObject(text, `--json: ${path === '-' ? 'standard input' : path}`);
}

/**
 * The contract stores instants in UTC. A date as people type it (see dates.ts) is converted;
 * a value that is not text goes to the contract as given, so its message is the one shown.
 */
export function occurredAtInput(raw: unknown, label: string): unknown {
  if (raw === undefined || raw === null) return null;
  return typeof raw === 'string' ? parseDateInput(raw, label) : raw;
}

/** Contract paths → the JSON field names, so an error names what to fix in the file (nested ones too). */
export const JSON_FIELD_LABELS: Record<string, string> = { 'entry.*': '--json: ' };
