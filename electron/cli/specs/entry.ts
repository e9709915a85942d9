import { json, type CommandSpec, type OptionSpec } from '../command';
import { COUNTERPART_NAMES, ENTRY_ASSIGNED_FIELDS, ENTRY_JSON_FIELDS, ENTRY_KIND_NAMES, LIST_LIMIT_MAX } from './facts';
import { PASSPHRASE_OPTIONS, PASSPHRASE_SOURCES_NOTE } from './passphrase-options';

const ID_NOTE = "ID: the entry's ID as 'entry list' prints it, or its first 8 or more characters when no other entry starts with them.";
const DATE_NOTE =
  'Dates: 2026-03-14 (midnight, local time), 2026-03-14T10:30 (local time), or with an offset ' +
  '(2026-03-14T10:30+02:00, 2026-03-14T08:30Z); stored in UTC, shown in local time with its offset.';
const JSON_FIELDS_NOTE =
  `JSON fields of every kind: ${ENTRY_JSON_FIELDS.join(', ')} (title is required, kind defaults to meeting); ` +
  "each kind's own fields: 'fieldnotes schema KIND'. " +
  `${ENTRY_ASSIGNED_FIELDS.join(', ')} are accepted and ignored; any other field is refused. occurredAt takes the dates below.`;
const SENSITIVE_ARGUMENTS_NOTE =
  'Names and places passed as options (--title, --participants, --location, --body) are visible to ' +
  'other users in ps and stay in shell history: prefer --json F or --json - (the created entry is then printed as JSON).';

const jsonInput: OptionSpec = {
  type: 'string',
  optionalValue: true,
  value: '[F]',
  description: "read the whole entry from a JSON file (- for stdin), fields as 'entry show --json' prints; alone: print the created entry as JSON",
};

export const entryAdd: CommandSpec = {
  name: 'entry add',
  summary: 'add an entry of any kind; prints its id',
  synopsis: '--json F|- | --title T [--body-file F | --body TEXT] [options]',
  options: {
    json: jsonInput,
    kind: { type: 'string', value: 'KIND', description: `entry kind: ${ENTRY_KIND_NAMES.join(', ')} (meeting by default)` },
    title: { type: 'string', value: 'T', description: 'title (required without --json F)' },
    body: { type: 'string', value: 'TEXT', description: 'the note text' },
    'body-file': { type: 'string', value: 'F', description: 'read the note text from a UTF-8 file (- for stdin)' },
    'occurred-at': { type: 'string', value: 'DATE', description: 'when it happened, e.g. 2026-03-14T10:30 (local time; see below)' },
    location: { type: 'string', value: 'L', description: 'where' },
    counterpart: { type: 'string', value: 'TYPE', description: 'counterpart type (see below)' },
    participants: { type: 'string', value: 'P', description: 'participants, free text' },
    ...PASSPHRASE_OPTIONS,
  },
  positionals: { min: 0, max: 0 },
  notes: [SENSITIVE_ARGUMENTS_NOTE, JSON_FIELDS_NOTE, DATE_NOTE, `Counterpart types: ${COUNTERPART_NAMES.join(', ')}.`, PASSPHRASE_SOURCES_NOTE],
  run: (invocation) => import('../commands/entry-add').then((command) => command.runEntryAdd(invocation)),
};

export const entryList: CommandSpec = {
  name: 'entry list',
  summary: 'list entries, most recent first',
  synopsis: '[--kind K] [--limit N] [--offset N] [--json]',
  options: {
    kind: { type: 'string', value: 'K', description: `only this kind: ${ENTRY_KIND_NAMES.join(', ')}` },
    limit: { type: 'string', value: 'N', description: `at most N entries (1–${LIST_LIMIT_MAX}, default 100)` },
    offset: { type: 'string', value: 'N', description: 'skip the first N' },
    json,
    ...PASSPHRASE_OPTIONS,
  },
  positionals: { min: 0, max: 0 },
  notes: ['Times are shown in local time with their offset from UTC.', PASSPHRASE_SOURCES_NOTE],
  run: (invocation) => import('../commands/entry-read').then((command) => command.runEntryList(invocation)),
};

export const entryShow: CommandSpec = {
  name: 'entry show',
  summary: 'print one entry',
  synopsis: 'ID [--json]',
  options: { json, ...PASSPHRASE_OPTIONS },
  positionals: { min: 1, max: 1, name: 'ID' },
  notes: [ID_NOTE, PASSPHRASE_SOURCES_NOTE],
  run: (invocation) => import('../commands/entry-read').then((command) => command.runEntryShow(invocation)),
};

export const entryEdit: CommandSpec = {
  name: 'entry edit',
  summary: 'save a new revision of an entry from JSON; the earlier one is kept',
  synopsis: 'ID --json F|-',
  options: {
    json: { type: 'string', value: 'F', description: "the changed fields as JSON, from a file or - for stdin, as 'entry show --json' prints them; the saved entry is printed as JSON" },
    ...PASSPHRASE_OPTIONS,
  },
  positionals: { min: 1, max: 1, name: 'ID' },
  notes: [
    'Fields left out of the JSON keep their current value; give "" or null to empty one. ' +
      "A revision in the JSON (as 'entry show --json' prints it) must still be the entry's latest: " +
      'an edit made from an older copy is refused rather than overwriting newer work.',
    JSON_FIELDS_NOTE,
    DATE_NOTE,
    ID_NOTE,
    PASSPHRASE_SOURCES_NOTE,
  ],
  run: (invocation) => import('../commands/entry-edit').then((command) => command.runEntryEdit(invocation)),
};

export const entryRemove: CommandSpec = {
  name: 'entry rm',
  summary: 'delete an entry: its text leaves every revision, draft and the index',
  synopsis: 'ID',
  options: { ...PASSPHRASE_OPTIONS },
  positionals: { min: 1, max: 1, name: 'ID' },
  notes: ['The history keeps a record that an entry was deleted, and when; nothing of what it said.', ID_NOTE, PASSPHRASE_SOURCES_NOTE],
  run: (invocation) => import('../commands/entry-remove').then((command) => command.runEntryRemove(invocation)),
};

export const entryRedact: CommandSpec = {
  name: 'entry redact',
  summary: 'remove one exact passage from an entry, its revisions, drafts and the index',
  synopsis: 'ID --passage-file F|-',
  options: {
    'passage-file': { type: 'string', value: 'F', description: 'read the passage to remove from a UTF-8 file (- for stdin)' },
    ...PASSPHRASE_OPTIONS,
  },
  positionals: {
    min: 1,
    max: 1,
    name: 'ID',
    surplus: 'entry redact takes the ID alone: the passage comes from --passage-file F or - (standard input), never from an argument.',
  },
  notes: [
    'The passage is a name or a detail to be removed, so it is read from a file or standard input, never ' +
      'from an argument (visible in ps, kept in shell history). One final line break in the file is dropped.',
    'The history records that a redaction happened, and when; never what it removed.',
    ID_NOTE,
    PASSPHRASE_SOURCES_NOTE,
  ],
  run: (invocation) => import('../commands/entry-remove').then((command) => command.runEntryRedact(invocation)),
};

export const entryImport: CommandSpec = {
  name: 'entry import',
  summary: 'add many entries from JSON lines, all or none; prints the count',
  synopsis: '--jsonl F|-',
  options: {
    jsonl: { type: 'string', value: 'F', description: "one entry per line, each as 'entry add --json' takes it, from a file or - for stdin" },
    ...PASSPHRASE_OPTIONS,
  },
  positionals: { min: 0, max: 0 },
  notes: [
    'Every line is checked before anything is written; the first fault is named with its line number and field, ' +
      'and nothing is imported. Blank lines are skipped.',
    JSON_FIELDS_NOTE,
    DATE_NOTE,
    PASSPHRASE_SOURCES_NOTE,
  ],
  run: (invocation) => import('../commands/entry-import').then((command) => command.runEntryImport(invocation)),
};

export const entryFinalize: CommandSpec = {
  name: 'entry finalize',
  summary: "mark an entry final: the officer's record, every later edit kept as a version",
  synopsis: 'ID',
  options: { ...PASSPHRASE_OPTIONS },
  positionals: { min: 1, max: 1, name: 'ID' },
  notes: [ID_NOTE, PASSPHRASE_SOURCES_NOTE],
  run: (invocation) => import('../commands/entry-history').then((command) => command.runEntryFinalize(invocation)),
};

export const entryHistory: CommandSpec = {
  name: 'entry history',
  summary: 'every version of an entry, oldest first, and its redactions',
  synopsis: 'ID [--json]',
  options: { json, ...PASSPHRASE_OPTIONS },
  positionals: { min: 1, max: 1, name: 'ID' },
  notes: ['--json prints every version whole (the current one last) and the recorded redactions.', ID_NOTE, PASSPHRASE_SOURCES_NOTE],
  run: (invocation) => import('../commands/entry-history').then((command) => command.runEntryHistory(invocation)),
};
