import { parseArgs } from 'node:util';
import type { CommandSpec, OptionSpec, OptionValues } from './command';
import { UsageError } from './errors';
import { didYouMean } from './suggest';

/** Options every command accepts. */
export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  vault: { type: 'string', value: 'DIR', description: 'vault directory (default: $FIELDNOTES_VAULT)' },
  help: { type: 'boolean', short: 'h', description: 'show help for this command' },
  version: { type: 'boolean', description: 'print the version of fieldnotes' },
};

export type ParsedCommandLine =
  | { kind: 'version' }
  | { kind: 'help'; topic: CommandSpec | string | null }
  | { kind: 'run'; command: CommandSpec; values: OptionValues; args: string[] };

type ParseArgsOptions = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** `optionalValues` says how to read an option with an optional value: as a string, or (finding the command) as a flag. */
function toParseArgs(options: Record<string, OptionSpec>, optionalValues: 'string' | 'boolean'): ParseArgsOptions {
  const out: ParseArgsOptions = {};
  for (const [name, spec] of Object.entries(options)) {
    const type = spec.optionalValue ? optionalValues : spec.type;
    out[name] = { type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple && type === 'string' ? { multiple: true } : {}) };
  }
  return out;
}

/**
 * parseArgs knows no option with an optional value. A bare occurrence of one (last, or
 * followed by another option; a lone `-` is a value, standard input) is taken out of argv
 * and reported as given, to be read as true.
 */
function takeBareOptionalValues(argv: string[], options: Record<string, OptionSpec>): { argv: string[]; bare: string[] } {
  const rest: string[] = [];
  const bare: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const name = arg.startsWith('--') ? arg.slice(2) : '';
    const next = argv[i + 1];
    if (options[name]?.optionalValue && (next === undefined || (next.startsWith('-') && next !== '-'))) bare.push(name);
    else rest.push(arg);
  }
  return { argv: rest, bare };
}

/**
 * A passphrase on the command line is visible to every user of the machine (ps, /proc) and
 * stays in shell history: refuse it outright rather than let a script get into the habit.
 */
function refusePassphraseArgument(argv: string[]): void {
  for (const arg of argv) {
    if (arg === '--') return;
    if (arg === '--passphrase' || arg.startsWith('--passphrase=')) {
      throw new UsageError(
        '--passphrase is not accepted: arguments are visible to other users in the process list and are kept in shell history.',
        'Use --passphrase-fd N, --passphrase-file F or FIELDNOTES_PASSPHRASE, or run in a terminal to be asked for it.',
      );
    }
  }
}

/** Node's parseArgs messages span lines; the CLI's contract is one line per error. */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/** The option a word names (`--limit=5` → limit), with the leading dashes it was typed with. */
function optionWord(arg: string): { name: string; typed: string; inline: boolean } | null {
  if (arg.startsWith('--')) {
    const name = arg.slice(2).split('=')[0] ?? '';
    return { name, typed: `--${name}`, inline: arg.includes('=') };
  }
  if (arg.startsWith('-') && arg.length > 1) return { name: arg.slice(1, 2), typed: arg.slice(0, 2), inline: arg.length > 2 };
  return null;
}

/**
 * Checks every option word against what the command accepts before parseArgs sees them, so
 * the refusal is a sentence (with the option probably meant) rather than parseArgs' advice
 * about positional arguments starting with a dash.
 */
function checkOptionWords(argv: string[], options: Record<string, OptionSpec>, command: string): void {
  const byShort = new Map(Object.entries(options).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])));
  const hint = `Run 'fieldnotes ${command} --help' for its options.`;
  for (let i = 0; i < argv.length; i += 1) {
    const word = optionWord(argv[i] ?? '');
    if (argv[i] === '--') return;
    if (word === null) continue;
    const name = word.typed.startsWith('--') ? word.name : byShort.get(word.name);
    const spec = name === undefined ? undefined : options[name];
    if (name === undefined || spec === undefined) {
      const known = Object.keys(options).map((option) => `--${option}`);
      throw new UsageError(`'${command}' has no option ${word.typed}.${didYouMean(word.typed, known)}`, hint);
    }
    if (spec.type === 'boolean' && word.inline) throw new UsageError(`--${name} takes no value.`, hint);
    if (spec.type !== 'string' || word.inline) continue;
    const value = argv[i + 1];
    if (value === undefined) throw new UsageError(`--${name} needs a value${spec.value ? ` (${spec.value})` : ''}.`, hint);
    if (value.startsWith('-') && value !== '-') {
      throw new UsageError(`--${name} needs a value, not the option-like '${value.slice(0, 20)}'; write --${name}=${value.slice(0, 20)} for a value starting with -.`, hint);
    }
    i += 1;
  }
}

function groupsOf(commands: CommandSpec[]): Set<string> {
  return new Set(commands.filter((c) => c.name.includes(' ')).map((c) => c.name.split(' ')[0] ?? ''));
}

/** Finds the command named by the leading words; a bare group (`vault`) resolves to the group name. */
function resolve(words: string[], commands: CommandSpec[]): CommandSpec | string | null {
  const two = words.slice(0, 2).join(' ');
  const one = words[0] ?? '';
  return commands.find((c) => c.name === two) ?? commands.find((c) => c.name === one) ?? (groupsOf(commands).has(one) ? one : null);
}

function unknownCommand(word: string, commands: CommandSpec[]): UsageError {
  const known = [...new Set(commands.map((c) => c.name.split(' ')[0] ?? ''))];
  return new UsageError(`unknown command '${word}'.${didYouMean(word, known, (c) => `'${c}'`)}`);
}

function unknownSubcommand(group: string, sub: string | undefined, commands: CommandSpec[]): UsageError {
  const hint = `Run 'fieldnotes ${group} --help' for its commands.`;
  if (sub === undefined) return new UsageError(`missing command after '${group}'.`, hint);
  const known = commands.filter((c) => c.name.startsWith(`${group} `)).map((c) => c.name.slice(group.length + 1));
  return new UsageError(`unknown command '${group} ${sub}'.${didYouMean(sub, known, (c) => `'${group} ${c}'`)}`, hint);
}

/**
 * Two passes with node:util parseArgs: a lenient one over every known option only to find
 * the command words (so `--vault DIR entry list` and `entry list --vault DIR` both work), then
 * a strict one with exactly the options that command accepts.
 */
export function parseCommandLine(argv: string[], commands: CommandSpec[]): ParsedCommandLine {
  refusePassphraseArgument(argv);
  const everyOption: Record<string, OptionSpec> = { ...GLOBAL_OPTIONS };
  for (const command of commands) Object.assign(everyOption, command.options);
  const loose = parseArgs({ args: argv, options: toParseArgs(everyOption, 'boolean'), strict: false, allowPositionals: true });
  let words = loose.positionals;
  if (loose.values.version === true) return { kind: 'version' };
  let wantsHelp = loose.values.help === true;
  if (words[0] === 'help') {
    wantsHelp = true;
    words = words.slice(1);
  }

  if (words.length === 0) {
    if (wantsHelp) return { kind: 'help', topic: null };
    throw new UsageError('missing command.');
  }
  const target = resolve(words, commands);
  if (target === null) throw unknownCommand(words[0] ?? '', commands);
  if (typeof target === 'string') {
    if (wantsHelp) return { kind: 'help', topic: target };
    throw unknownSubcommand(target, words[1], commands);
  }
  if (wantsHelp) return { kind: 'help', topic: target };

  const hint = `Run 'fieldnotes ${target.name} --help' for usage.`;
  const options = { ...GLOBAL_OPTIONS, ...target.options };
  const split = takeBareOptionalValues(argv, options);
  checkOptionWords(split.argv, options, target.name);
  let strict;
  try {
    strict = parseArgs({ args: split.argv, options: toParseArgs(options, 'string'), strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(oneLine(error instanceof Error ? error.message : String(error)), hint);
  }
  // Only string options are declared `multiple`, so an array holds strings.
  const values = { ...strict.values } as OptionValues;
  for (const name of split.bare) values[name] ??= true;
  const args = strict.positionals.slice(target.name.split(' ').length);
  const { min, max, name, surplus } = target.positionals;
  if (args.length < min) throw new UsageError(`missing ${name ?? 'argument'}.`, hint);
  if (args.length > max && surplus !== undefined) throw new UsageError(surplus, hint);
  if (args.length > max) {
    throw new UsageError(max === 0 ? `unexpected argument '${args[0] ?? ''}'.` : `unexpected argument '${args[max] ?? ''}'.`, hint);
  }
  return { kind: 'run', command: target, values, args };
}
