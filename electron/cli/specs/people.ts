import { json, type CommandSpec } from '../command';
import { CONSENT_SCOPES } from '../../../shared/domain/consent-vocabulary';
import { AT_RISK_GROUPS, PERSON_KINDS, RISK_LEVELS } from '../../../shared/domain/people-vocabulary';
import { PASSPHRASE_OPTIONS, PASSPHRASE_SOURCES_NOTE } from './passphrase-options';

const PERSON_ID_NOTE = "ID: the person's full ID, as 'person list' prints it.";

export const personAdd: CommandSpec = {
  name: 'person add',
  summary: 'add a person or organisation to People; prints its id',
  synopsis: '--pseudonym P [--name-file F|-] [--json F|-]',
  options: {
    pseudonym: { type: 'string', value: 'P', description: 'what every list, search result and export shows (required unless the JSON has it)' },
    'name-file': { type: 'string', value: 'F', description: 'read the real name from a UTF-8 file (- for stdin)' },
    json: { type: 'string', value: 'F', description: 'read the record from a JSON file (- for stdin): the fields below' },
    ...PASSPHRASE_OPTIONS,
  },
  positionals: { min: 0, max: 0 },
  notes: [
    'The real name is never taken as an argument (there is no --name): arguments are visible to other ' +
      'users in ps and stay in shell history. Give it in a file or on stdin (--name-file), or as realName ' +
      'in the JSON. Only the pseudonym is shown anywhere afterwards; `person show ID --reveal` shows the ' +
      'name and records that it did.',
    'JSON fields: kind, pseudonym, riskLevel, focusAreas, atRiskGroups, organisationId, notes, realName, contacts.',
    `Kinds: ${PERSON_KINDS.join(', ')}. Risk levels: ${RISK_LEVELS.join(', ')}. At-risk groups: ${AT_RISK_GROUPS.join(', ')}.`,
    PASSPHRASE_SOURCES_NOTE,
  ],
  run: (invocation) => import('../commands/person').then((command) => command.runPersonAdd(invocation)),
};

export const personList: CommandSpec = {
  name: 'person list',
  summary: 'list people and organisations by pseudonym',
  synopsis: '[--kind K] [--json]',
  options: {
    kind: { type: 'string', value: 'K', description: `only this kind: ${PERSON_KINDS.join(', ')}` },
    json,
    ...PASSPHRASE_OPTIONS,
  },
  positionals: { min: 0, max: 0 },
  notes: ['Pseudonyms only: a real name is never listed.', PASSPHRASE_SOURCES_NOTE],
  run: (invocation) => import('../commands/person').then((command) => command.runPersonList(invocation)),
};

export const personShow: CommandSpec = {
  name: 'person show',
  summary: 'print one person or organisation, by pseudonym',
  synopsis: 'ID [--reveal] [--json]',
  options: {
    reveal: { type: 'boolean', description: 'add the real name and contacts (the audit log records that you did)' },
    json,
    ...PASSPHRASE_OPTIONS,
  },
  positionals: { min: 1, max: 1, name: 'ID' },
  notes: [PERSON_ID_NOTE, PASSPHRASE_SOURCES_NOTE],
  run: (invocation) => import('../commands/person').then((command) => command.runPersonShow(invocation)),
};

export const consentWithdraw: CommandSpec = {
  name: 'consent withdraw',
  summary: 'record that a consent was withdrawn, now (cannot be undone)',
  synopsis: 'ID [--how TEXT]',
  options: {
    how: { type: 'string', value: 'TEXT', description: 'how it was withdrawn (by phone, through the intermediary…); no names' },
    ...PASSPHRASE_OPTIONS,
  },
  positionals: { min: 1, max: 1, name: 'ID' },
  notes: [
    "ID: the consent record's entry ID as 'entry list --kind consent' prints it, or its first 8 or more characters.",
    'The withdrawal takes effect at once and is never edited away; the consent record itself is never deleted. ' +
      `Scopes a consent can cover: ${CONSENT_SCOPES.join(', ')}. Give a consent with 'entry add --json F' and {"kind":"consent",…}.`,
    PASSPHRASE_SOURCES_NOTE,
  ],
  run: (invocation) => import('../commands/consent').then((command) => command.runConsentWithdraw(invocation)),
};
