import { PEOPLE_LIMITS, type Person, type PersonIdentity, type PersonSummary } from '../../../shared/domain/people';
import { flag, stringOption, type Invocation, type OptionValues } from '../command';
import { UsageError } from '../errors';
import { fields, formatInstant, multiLine, oneLine, table, writeJson, writeOut } from '../output';
import { currentPassphrase } from '../passphrase';
import { readTextArgument, withoutFinalNewline } from '../read-text';
import { resolveVaultDir, validateInput, withSession } from '../session';
import { unlockVault } from './vault';

const PERSON_FIELDS = ['kind', 'pseudonym', 'riskLevel', 'focusAreas', 'atRiskGroups', 'organisationId', 'notes'];
const IDENTITY_FIELDS = ['realName', 'contacts'];
const MAX_JSON_CHARS = 6 * (PEOPLE_LIMITS.realName + PEOPLE_LIMITS.contacts + 20_000) + 4096;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The object in the file, split into the public record and the identity. V8's message is never shown: it quotes the text. */
async function readPersonJson(path: string): Promise<{ person: Record<string, unknown>; identity: Record<string, unknown> }> {
  const where = path === '-' ? 'standard input' : path;
  const text = await readTextArgument(path, MAX_JSON_CHARS, '--json');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`--json: ${where} is not valid JSON.`, '');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`--json: ${where} must hold one JSON object.`, '');
  const unknown = Object.keys(value).find((key) => !PERSON_FIELDS.includes(key) && !IDENTITY_FIELDS.includes(key));
  if (unknown !== undefined) throw new UsageError(`--json: unknown field '${oneLine(unknown).slice(0, 40)}' (known: ${[...PERSON_FIELDS, ...IDENTITY_FIELDS].join(', ')}).`, '');
  const pick = (keys: string[]) => Object.fromEntries(Object.entries(value).filter(([key]) => keys.includes(key)));
  return { person: pick(PERSON_FIELDS), identity: pick(IDENTITY_FIELDS) };
}

function stdinUse(values: OptionValues): string | undefined {
  if (values.json === '-') return '--json -';
  return values['name-file'] === '-' ? '--name-file -' : undefined;
}

export async function runPersonAdd({ values, env }: Invocation): Promise<void> {
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  const jsonFile = stringOption(values, 'json');
  const nameFile = stringOption(values, 'name-file');
  if (jsonFile === '-' && nameFile === '-') throw new UsageError('only one of --json and --name-file can read standard input.', '');
  const readPassphrase = currentPassphrase(values, env, { stdinUse: stdinUse(values) });
  const fromJson = jsonFile === undefined ? { person: {}, identity: {} } : await readPersonJson(jsonFile);
  const pseudonym = stringOption(values, 'pseudonym');
  if (pseudonym !== undefined && fromJson.person.pseudonym !== undefined) throw new UsageError('--pseudonym and the JSON both give a pseudonym: give it once.', '');
  if (nameFile !== undefined && fromJson.identity.realName !== undefined) throw new UsageError('--name-file and the JSON both give a real name: give it once.', '');
  const person = { ...fromJson.person, ...(pseudonym === undefined ? {} : { pseudonym }) };
  if (person.pseudonym === undefined) throw new UsageError('missing --pseudonym (or pseudonym in --json F).', "Run 'fieldnotes person add --help' for usage.");
  const realName = nameFile === undefined ? undefined : withoutFinalNewline(await readTextArgument(nameFile, PEOPLE_LIMITS.realName, '--name-file')).trim();
  const identity = { ...fromJson.identity, ...(realName === undefined ? {} : { realName }) };
  const payload = { person, identity } as never;
  const labels = { 'person.pseudonym': pseudonym === undefined ? '--json: pseudonym' : '--pseudonym', 'identity.realName': nameFile === undefined ? '--json: realName' : '--name-file', 'person.*': '--json: ', 'identity.*': '--json: ' };
  validateInput('person:create', payload, { fields: labels });
  await withSession(dir, env, async (session) => {
    await unlockVault(session, readPassphrase);
    const created = await session.call('person:create', payload, { fields: labels });
    writeOut(created.id);
  });
}

function summaryRow(person: PersonSummary): string[] {
  return [person.id, person.kind, person.riskLevel, oneLine(person.pseudonym)];
}

export async function runPersonList({ values, env }: Invocation): Promise<void> {
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  const readPassphrase = currentPassphrase(values, env);
  const kind = stringOption(values, 'kind');
  const query = { limit: PEOPLE_LIMITS.page, ...(kind === undefined ? {} : { kind }) } as never;
  const labels = { kind: '--kind' };
  validateInput('person:list', query, { fields: labels });
  await withSession(dir, env, async (session) => {
    await unlockVault(session, readPassphrase);
    const page = await session.call('person:list', query, { fields: labels });
    if (flag(values, 'json')) return writeJson(page);
    if (page.total === 0) return writeOut('No people or organisations.');
    writeOut(table(['ID', 'KIND', 'RISK', 'PSEUDONYM'], page.people.map(summaryRow)));
    if (page.total > page.people.length) writeOut(`Showing ${page.people.length} of ${page.total}.`);
  });
}

function personFields(person: Person, organisation: string | undefined, identity: PersonIdentity | undefined): string {
  return fields([
    ['Pseudonym', oneLine(person.pseudonym)],
    ...(identity ? ([['Real name', oneLine(identity.realName) || '-']] as [string, string][]) : []),
    ['Kind', person.kind],
    ['Risk', person.riskLevel],
    ['At-risk groups', person.atRiskGroups.join(', ') || '-'],
    ['Focus areas', oneLine(person.focusAreas.join(', ')) || '-'],
    ['Organisation', organisation === undefined ? '-' : oneLine(organisation)],
    ['Id', person.id],
    ['Revision', String(person.revision)],
    ['Created', formatInstant(person.createdAt)],
    ['Updated', formatInstant(person.updatedAt)],
  ]);
}

export async function runPersonShow({ values, args, env }: Invocation): Promise<void> {
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  const readPassphrase = currentPassphrase(values, env);
  const id = (args[0] ?? '').trim().toLowerCase();
  if (!UUID.test(id)) throw new UsageError(`ID: '${oneLine(args[0] ?? '').slice(0, 40)}' is not a person ID (as 'person list' prints it).`, '');
  await withSession(dir, env, async (session) => {
    await unlockVault(session, readPassphrase);
    const person = await session.call('person:get', { id }, { fields: { id: 'ID' } });
    const identity = flag(values, 'reveal') ? await session.call('person:reveal', { id }, { fields: { id: 'ID' } }) : undefined;
    if (flag(values, 'json')) return writeJson(identity ? { ...person, ...identity } : person);
    const organisation = person.organisationId === null ? undefined : (await session.call('person:get', { id: person.organisationId })).pseudonym;
    writeOut(personFields(person, organisation, identity));
    if (identity && identity.contacts !== '') writeOut(`\nContacts:\n${multiLine(identity.contacts)}`);
    if (person.notes !== '') writeOut(`\n${multiLine(person.notes)}`);
  });
}
