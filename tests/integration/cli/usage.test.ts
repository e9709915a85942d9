import { chmodSync, existsSync, mkdirSync, openSync, closeSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/specs/index';
import { CliError, EXIT } from '../../../electron/cli/errors';
import { parseCommandLine } from '../../../electron/cli/parse';
import { readPassphraseFd, readPassphraseFile } from '../../../electron/cli/passphrase-input';
import { refusal, useTempDir } from './run-cli';

// In process (see `refusal`): none of these reaches a vault.

describe('fieldnotes CLI in process: input from files, refused before any vault is touched', () => {
  const tempDir = useTempDir();
  let dir: string;
  let vault: string;
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const refuse = (argv: string[], env: NodeJS.ProcessEnv = {}) => refusal(argv, { FIELDNOTES_VAULT: vault, ...env });

  beforeAll(() => {
    dir = tempDir();
    vault = join(dir, 'vault');
  });

  const usageCases: [string, () => string[], RegExp][] = [
    ['an unknown JSON field, named', () => ['entry', 'add', '--json', file('unknown.json', '{"title":"T","mood":"calm"}')], /^--json: unknown field 'mood' for a meeting entry \(see 'fieldnotes schema meeting'\)\.$/],
    ['invalid JSON, with where it broke', () => ['entry', 'add', '--json', file('broken.json', '{"title":\n  "T",\n}')], /^--json: .*broken\.json is not valid JSON \(line 3, column 1\)\.$/],
    ['JSON that is not one object', () => ['entry', 'add', '--json', file('array.json', '[{"title":"T"}]')], /must hold one JSON object/],
    ['a JSON field the contract refuses, named as in the file', () => ['entry', 'add', '--json', file('empty.json', '{"title":"  "}')], /^--json: title: must not be empty/],
    ['--json FILE with a field option', () => ['entry', 'add', '--json', file('ok.json', '{"title":"T"}'), '--location', 'x'], /gives the whole entry: leave out --location/],
    ['--kind disagreeing with the JSON', () => ['entry', 'add', '--kind', 'trial', '--json', file('kind.json', '{"kind":"meeting","title":"T"}')], /--kind trial and the JSON's kind 'meeting' differ/],
    ['a consent that names nobody', () => ['entry', 'add', '--json', file('consent.json', '{"kind":"consent","title":"T"}')], /^--json: personId: /],
    ['--json - with no passphrase source left', () => ['entry', 'add', '--json', '-'], /--json - reads standard input, so the passphrase must come from --passphrase-fd N/],
    ['--passphrase-fd 0 with --json -', () => ['entry', 'add', '--json', '-', '--passphrase-fd', '0'], /--passphrase-fd 0 and --json - cannot both read standard input/],
    ['--passphrase-fd 0 with --query-file -', () => ['search', '--query-file', '-', '--passphrase-fd', '0'], /--passphrase-fd 0 and --query-file - cannot both/],
    ['a --passphrase-fd that is not a number', () => ['entry', 'list', '--passphrase-fd', 'three'], /--passphrase-fd must be a file descriptor number/],
    ['--passphrase-fd with --passphrase-file', () => ['vault', 'check', '--passphrase-fd', '3', '--passphrase-file', 'f'], /use --passphrase-fd or --passphrase-file, not both/],
    ['a search without a query', () => ['search'], /missing QUERY \(or --query-file F\)/],
    ['a query both as words and from a file', () => ['search', 'word', '--query-file', 'q.txt'], /as words or with --query-file, not both/],
    ['vault purge without --confirm', () => ['vault', 'purge'], /needs --confirm "destroy this vault", exactly/],
    ['vault purge with a near-miss confirmation', () => ['vault', 'purge', '--confirm', 'destroy this vault!'], /needs --confirm "destroy this vault"/],
    ['a new passphrase from two descriptors', () => ['vault', 'create', '--new-passphrase-fd', '3', '--passphrase-fd', '4'], /use --new-passphrase-fd or --passphrase-fd, not both/],
  ];

  it.each(usageCases)('refuses %s (exit 2) and creates nothing', async (_name, argv, pattern) => {
    const error = await refuse(argv());
    expect(error.exitCode, error.message).toBe(EXIT.usage);
    expect(error.message).toMatch(pattern);
    expect(error.message).not.toContain('\n');
    expect(existsSync(vault)).toBe(false);
  });

  it('reads --json alone as "print JSON" and --json F or - as the input', () => {
    const run = (argv: string[]) => {
      const parsed = parseCommandLine(argv, COMMANDS);
      return parsed.kind === 'run' ? parsed.values.json : 'help';
    };
    expect(run(['entry', 'add', '--title', 'T', '--json'])).toBe(true);
    expect(run(['entry', 'add', '--json', '--title', 'T'])).toBe(true);
    expect(run(['entry', 'add', '--json', '-'])).toBe('-');
    expect(run(['entry', 'add', '--json', 'note.json', '--passphrase-fd', '3'])).toBe('note.json');
    expect(run(['entry', 'list', '--json'])).toBe(true);
  });

  it('accepts the server-assigned fields of entry show --json and drops them (show → add round-trips)', async () => {
    const shown = {
      kind: 'meeting', title: 'لقاء', body: '', occurredAt: null, location: '', counterpartType: null, participants: '',
      id: '00000000-0000-4000-8000-000000000000', revision: 3, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z',
    };
    const { readEntryJson } = await import('../../../electron/cli/commands/entry-json');
    expect(await readEntryJson(file('shown.json', JSON.stringify(shown)))).toEqual({
      fields: { kind: 'meeting', title: 'لقاء', body: '', occurredAt: null, location: '', counterpartType: null, participants: '' },
      assigned: { id: shown.id, revision: 3, createdAt: shown.createdAt, updatedAt: shown.updatedAt },
    });
  });
});

describe('fieldnotes CLI in process: passphrase files and descriptors', () => {
  const tempDir = useTempDir();
  let dir: string;
  const secret = (name: string, content: string, mode: number) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    chmodSync(path, mode);
    return path;
  };
  const refusedWith = async (read: Promise<string>) => {
    const error = await read.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(CliError);
    return (error as CliError).message;
  };

  beforeAll(() => {
    dir = tempDir();
  });

  it('reads a 0600 or 0400 file of the current user, dropping one final line break', async () => {
    expect(await readPassphraseFile(secret('a', 'first line\n', 0o600), '--passphrase-file')).toBe('first line');
    expect(await readPassphraseFile(secret('b', 'windows line\r\n', 0o400), '--passphrase-file')).toBe('windows line');
    expect(await readPassphraseFile(secret('c', 'kept blank line\n\n', 0o600), '--passphrase-file')).toBe('kept blank line\n');
  });

  it('refuses a file others can read, a link, a folder, a FIFO, an empty file and a missing one', async () => {
    const label = '--passphrase-file';
    expect(await refusedWith(readPassphraseFile(secret('open', 'x\n', 0o644), label))).toMatch(/open: mode 0644 lets others read or change it \(chmod 600 it\)\.$/);
    expect(await refusedWith(readPassphraseFile(secret('group', 'x\n', 0o640), label))).toMatch(/mode 0640/);
    const link = join(dir, 'link');
    symlinkSync(secret('target', 'x\n', 0o600), link);
    expect(await refusedWith(readPassphraseFile(link, label))).toMatch(/link: it is a symbolic link\.$/);
    const folder = join(dir, 'folder');
    mkdirSync(folder, { mode: 0o700 });
    expect(await refusedWith(readPassphraseFile(folder, label))).toMatch(/not a regular file/);
    const { execFileSync } = await import('node:child_process');
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', ['-m', '600', fifo]);
    expect(await refusedWith(readPassphraseFile(fifo, label))).toMatch(/not a regular file/);
    expect(await refusedWith(readPassphraseFile(secret('empty', '\n', 0o600), label))).toMatch(/holds no passphrase/);
    expect(await refusedWith(readPassphraseFile(join(dir, 'missing'), label))).toMatch(/cannot read --passphrase-file .*missing: no such file\.$/);
  });

  it('reads a descriptor to its end, and refuses one that is not open', async () => {
    const fd = openSync(secret('fd', 'from a descriptor\n', 0o600), 'r');
    try {
      expect(await readPassphraseFd(fd, '--passphrase-fd')).toBe('from a descriptor');
    } finally {
      closeSync(fd);
    }
    expect(await refusedWith(readPassphraseFd(987, '--passphrase-fd'))).toMatch(/cannot read --passphrase-fd 987: not an open file descriptor\.$/);
  });
});
