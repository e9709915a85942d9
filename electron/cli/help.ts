import type { CommandSpec, OptionSpec } from './command';
import { PASSPHRASE_SOURCES_NOTE } from './specs/passphrase-options';
import { GLOBAL_OPTIONS } from './parse';

const ENVIRONMENT = [
  ['FIELDNOTES_VAULT', 'vault directory when --vault is not given'],
  ['FIELDNOTES_PASSPHRASE', 'the passphrase, least preferred: readable in /proc/PID/environ for the whole run'],
  ['FIELDNOTES_NEW_PASSPHRASE', 'the new passphrase for vault passphrase and vault create (same caveat)'],
  ['FIELDNOTES_KDF_TARGET_MS', 'Argon2id calibration target for vault create, in ms (default 1000; 0 = 64 MiB floor)'],
  ['FIELDNOTES_DEBUG', 'set to 1 to print the full error of an unexpected failure'],
  ['NO_COLOR', 'set to show search hits as [brackets] on a terminal too'],
] as const;

const EXIT_CODES = '0 done · 1 refused or failed (wrong passphrase, not found, damaged vault…) · 2 usage error · 130 interrupted';

function columns(rows: [string, string][], indent = '  '): string {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `${indent}${left.padEnd(width)}  ${right}`).join('\n');
}

function optionRows(options: Record<string, OptionSpec>): [string, string][] {
  return Object.entries(options).map(([name, spec]) => [
    `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`,
    spec.description,
  ]);
}

export function globalHelp(commands: CommandSpec[]): string {
  return [
    'fieldnotes — the Fieldnotes secure notebook from the command line',
    '',
    'Usage: fieldnotes <command> [options]',
    '',
    'Commands:',
    columns(commands.map((c) => [c.name, c.summary])),
    '',
    'Options for every command:',
    columns(optionRows(GLOBAL_OPTIONS)),
    '',
    'Environment:',
    columns(ENVIRONMENT.map(([name, text]) => [name, text])),
    '',
    PASSPHRASE_SOURCES_NOTE,
    '',
    `Exit codes: ${EXIT_CODES}`,
    "Run 'fieldnotes <command> --help' for a command's options.",
  ].join('\n');
}

export function groupHelp(group: string, commands: CommandSpec[]): string {
  const members = commands.filter((c) => c.name.startsWith(`${group} `));
  return [`Usage: fieldnotes ${group} <command> [options]`, '', 'Commands:', columns(members.map((c) => [c.name, c.summary]))].join('\n');
}

export function commandHelp(command: CommandSpec): string {
  const lines = [`Usage: fieldnotes ${command.name} ${command.synopsis}`.trimEnd(), '', `${command.summary[0]?.toUpperCase() ?? ''}${command.summary.slice(1)}.`];
  if (Object.keys(command.options).length > 0) lines.push('', 'Options:', columns(optionRows(command.options)));
  lines.push('', 'Options for every command:', columns(optionRows(GLOBAL_OPTIONS)));
  for (const note of command.notes ?? []) lines.push('', note);
  return lines.join('\n');
}
