import { describe, expect, it } from 'vitest';
import { CliError, EXIT } from '../../../electron/cli/errors';
import { parseCommandLine } from '../../../electron/cli/parse';
import { COMMANDS } from '../../../electron/cli/specs/index';
import { closest } from '../../../electron/cli/suggest';

function refusal(argv: string[]): string {
  try {
    parseCommandLine(argv, COMMANDS);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    expect(error.exitCode).toBe(EXIT.usage);
    expect(error.message).not.toContain('\n');
    return error.message;
  }
  throw new Error(`expected '${argv.join(' ')}' to be refused`);
}

describe('CLI parsing: plain refusals, with the word probably meant', () => {
  it.each([
    [['entyr', 'list'], /^unknown command 'entyr'\. Did you mean 'entry'\? Run 'fieldnotes --help'/],
    [['serach', 'x'], /^unknown command 'serach'\. Did you mean 'search'\?/],
    [['entry', 'lsit'], /^unknown command 'entry lsit'\. Did you mean 'entry list'\? Run 'fieldnotes entry --help' for its commands\.$/],
    [['vault', 'chek'], /Did you mean 'vault check'\?/],
    [['frobnicate'], /^unknown command 'frobnicate'\. Run 'fieldnotes --help' for usage\.$/],
    [['entry', 'list', '--jsno'], /^'entry list' has no option --jsno\. Did you mean --json\? Run 'fieldnotes entry list --help' for its options\.$/],
    [['entry', 'add', '--titel', 'T'], /has no option --titel\. Did you mean --title\?/],
    [['entry', 'list', '--passphrase-fb', '3'], /Did you mean --passphrase-fd\?/],
    [['search', '--query', 'q.txt'], /has no option --query\. Did you mean --query-file\?/],
    [['entry', 'list', '-x'], /^'entry list' has no option -x\./],
    [['entry', 'list', '--limit'], /^--limit needs a value \(N\)\./],
    [['entry', 'list', '--json=yes'], /^--json takes no value\./],
    [['search', 'x', '--limit', '-5'], /^--limit needs a value, not the option-like '-5'; write --limit=-5 for a value starting with -\./],
  ])('%j', (argv, pattern) => {
    expect(refusal(argv)).toMatch(pattern);
  });

  it('never shows parseArgs advice or validator wording', () => {
    for (const argv of [['entry', 'list', '--bogus'], ['entry', 'show', '--id', 'x'], ['search', '--limit']]) {
      expect(refusal(argv)).not.toMatch(/To specify a positional argument|Unknown option|ERR_PARSE_ARGS/);
    }
  });

  it('answers --version anywhere, before any command is needed', () => {
    expect(parseCommandLine(['--version'], COMMANDS)).toEqual({ kind: 'version' });
    expect(parseCommandLine(['entry', 'list', '--version'], COMMANDS)).toEqual({ kind: 'version' });
  });

  it('knows the new commands, with their positional ID', () => {
    for (const name of ['entry edit', 'entry rm', 'entry redact']) {
      const parsed = parseCommandLine([...name.split(' '), '0123abcd'], COMMANDS);
      expect(parsed.kind === 'run' && parsed.command.name).toBe(name);
    }
    expect(refusal(['entry', 'rm'])).toMatch(/^missing ID\./);
  });

  it('suggests only what is close: a typo, two swapped letters or a cut-short name', () => {
    expect(closest('lsit', ['list', 'show'])).toBe('list');
    expect(closest('--pass', ['--passphrase-fd', '--json'])).toBe('--passphrase-fd');
    expect(closest('--pass', ['--passphrase-fd', '--passphrase-file'])).toBeUndefined();
    expect(closest('zzz', ['list', 'show'])).toBeUndefined();
  });
});
