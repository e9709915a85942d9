import { newPassphraseSchema, PASSPHRASE_MIN_LENGTH } from '../../shared/domain/passphrase';
import { stringOption, type OptionValues } from './command';
import { CliError, EXIT, UsageError } from './errors';
import { parseFd, readPassphraseFd, readPassphraseFile } from './passphrase-input';
import { promptHidden, type TerminalInput } from './prompt-hidden';

export const PASSPHRASE_ENV = 'FIELDNOTES_PASSPHRASE';
export const NEW_PASSPHRASE_ENV = 'FIELDNOTES_NEW_PASSPHRASE';
const MAX_TRIES = 3;

interface SecretSource {
  fdOption: string;
  fileOption?: string;
  envName: string;
}

const CURRENT: SecretSource = { fdOption: 'passphrase-fd', fileOption: 'passphrase-file', envName: PASSPHRASE_ENV };
const NEXT: SecretSource = { fdOption: 'new-passphrase-fd', envName: NEW_PASSPHRASE_ENV };

/** Reads the passphrase when the command gets to it: after the cheap checks, never before. */
export type PassphraseReader = () => Promise<string>;

interface GivenOption {
  label: string;
  read: PassphraseReader;
}

function givenOptions(values: OptionValues, sources: SecretSource[], stdinUse: string | undefined): GivenOption[] {
  const given: GivenOption[] = [];
  for (const { fdOption, fileOption } of sources) {
    const fd = stringOption(values, fdOption);
    if (fd !== undefined) {
      const label = `--${fdOption}`;
      const number = parseFd(fd, label);
      if (number === 0 && stdinUse) throw new UsageError(`${label} 0 and ${stdinUse} cannot both read standard input.`, '');
      given.push({ label, read: () => readPassphraseFd(number, label) });
    }
    const file = fileOption === undefined ? undefined : stringOption(values, fileOption);
    if (file !== undefined) given.push({ label: `--${fileOption}`, read: () => readPassphraseFile(file, `--${fileOption}`) });
  }
  return given;
}

/**
 * The passphrase a script handed over, if any: at most one option, and an option wins over
 * the environment. Every variable named by `sources` is read once and removed from this
 * process's environment, used or not, so nothing started later (or a crash report that dumps
 * the environment) inherits it. JavaScript strings cannot be wiped; the core wipes the keys.
 */
function givenPassphrase(values: OptionValues, env: NodeJS.ProcessEnv, sources: SecretSource[], stdinUse: string | undefined): PassphraseReader | undefined {
  const options = givenOptions(values, sources, stdinUse);
  const variables = sources.map(({ envName }) => {
    const value = env[envName];
    delete env[envName];
    return { envName, value };
  });
  if (options.length > 1) throw new UsageError(`use ${options.map((o) => o.label).join(' or ')}, not both.`, '');
  if (options[0]) return options[0].read;
  const fromEnv = variables.find(({ value }) => value !== undefined);
  if (fromEnv?.value === undefined) return undefined;
  const { envName, value } = fromEnv;
  if (value === '') throw new CliError(`${envName} is set but empty.`);
  return () => Promise.resolve(value);
}

function terminal(missing: string): TerminalInput {
  if (!process.stdin.isTTY) throw new CliError(`${missing}, or run in a terminal to be asked for it.`, EXIT.usage);
  return process.stdin;
}

/** A command reading its input from stdin leaves no terminal to ask on: say so before reading anything. */
function refusePromptAfterStdin(stdinUse: string | undefined, sources: string): void {
  if (stdinUse) throw new UsageError(`${stdinUse} reads standard input, so the passphrase must come from ${sources}.`, '');
}

export interface PassphraseOptions {
  /** The option that reads standard input in this command line (`--json -`), if any. */
  stdinUse?: string;
  prompt?: string;
}

/** The passphrase of an existing vault: --passphrase-fd, --passphrase-file, FIELDNOTES_PASSPHRASE, or the hidden prompt. */
export function currentPassphrase(values: OptionValues, env: NodeJS.ProcessEnv, options: PassphraseOptions = {}): PassphraseReader {
  const given = givenPassphrase(values, env, [CURRENT], options.stdinUse);
  if (given) return given;
  const sources = `--passphrase-fd N, --passphrase-file F or ${PASSPHRASE_ENV}`;
  refusePromptAfterStdin(options.stdinUse, sources);
  return () => promptHidden(options.prompt ?? 'Passphrase: ', terminal(`no passphrase: use ${sources}`), process.stderr);
}

/**
 * Typed twice at the terminal, since a typo here locks the officer out of everything they
 * write. A passphrase the contract would refuse is re-asked here rather than failing the run.
 */
async function promptNewPassphrase(input: TerminalInput): Promise<string> {
  for (let attempt = 1; attempt <= MAX_TRIES; attempt += 1) {
    const first = await promptHidden(`New passphrase (at least ${PASSPHRASE_MIN_LENGTH} characters): `, input, process.stderr);
    const verdict = newPassphraseSchema.safeParse(first);
    if (!verdict.success) {
      process.stderr.write(`fieldnotes: ${verdict.error.issues[0]?.message ?? 'passphrase refused'}.\n`);
      continue;
    }
    const second = await promptHidden('Repeat the passphrase: ', input, process.stderr);
    if (first === second) return first;
    process.stderr.write('fieldnotes: the passphrases do not match.\n');
  }
  throw new CliError(`no passphrase set after ${MAX_TRIES} tries.`);
}

/**
 * A new passphrase: --new-passphrase-fd or FIELDNOTES_NEW_PASSPHRASE as given (the core
 * validates it), or the prompt, twice. `vault create` also takes the existing-vault sources,
 * since the passphrase it sets is the one scripts will then unlock with.
 */
export function newPassphrase(values: OptionValues, env: NodeJS.ProcessEnv, { orCurrentSources = false } = {}): PassphraseReader {
  const given = givenPassphrase(values, env, orCurrentSources ? [NEXT, CURRENT] : [NEXT], undefined);
  if (given) return given;
  return () => promptNewPassphrase(terminal(`no new passphrase: use --new-passphrase-fd N or ${NEW_PASSPHRASE_ENV}`));
}
