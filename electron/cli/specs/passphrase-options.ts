import type { OptionSpec } from '../command';

/** For every command that unlocks. */
export const PASSPHRASE_OPTIONS: Record<string, OptionSpec> = {
  'passphrase-fd': { type: 'string', value: 'N', description: 'read the passphrase from file descriptor N, e.g. 3<file (preferred in scripts)' },
  'passphrase-file': { type: 'string', value: 'F', description: 'read the passphrase from F: your own regular file, mode 0600 or 0400' },
};

/** For commands that set a new passphrase. */
export const NEW_PASSPHRASE_OPTIONS: Record<string, OptionSpec> = {
  'new-passphrase-fd': { type: 'string', value: 'N', description: 'read the new passphrase from file descriptor N' },
};

/** Said by --help (and the README): which source to prefer, and why. */
export const PASSPHRASE_SOURCES_NOTE =
  'In a terminal, leave the passphrase options out: it is asked for without echo. Scripts, best first: ' +
  '--passphrase-fd N (a pipe or an inherited file: never in an argument, the environment or a new file), ' +
  '--passphrase-file F (on disk, readable only by you), then FIELDNOTES_PASSPHRASE (least preferred: ' +
  'readable in /proc/PID/environ of every process that inherits it, npm and sh included, for the whole run). ' +
  '--passphrase VALUE is refused: arguments show in ps and shell history.';
