import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/domain/entries';
import { EXIT } from '../../../electron/cli/errors';
import { PASSPHRASE, REPO_ROOT, expectOneErrorLine, refusal, runCli, runInProcess, useTempDir } from './run-cli';

// No vault is touched here, so the cases run in process (see `refusal`); two spawns check the wiring.
describe('fieldnotes CLI: usage errors exit 2 with one line, before touching any vault', () => {
  const env = { FIELDNOTES_VAULT: '/nonexistent/fieldnotes-vault', FIELDNOTES_PASSPHRASE: PASSPHRASE };
  const noPassphrase = { FIELDNOTES_PASSPHRASE: undefined };
  const cases: [string, string[], RegExp, Record<string, string | undefined>?][] = [
    ['no command', [], /missing command\. Run 'fieldnotes --help'/],
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['a group without its command', ['entry'], /missing command after 'entry'/],
    ['an unknown option', ['entry', 'list', '--bogus'], /^fieldnotes: 'entry list' has no option --bogus\. Run 'fieldnotes entry list --help' for its options\.$/],
    ['an extra argument', ['entry', 'list', 'extra'], /unexpected argument 'extra'/],
    ['a missing ID', ['entry', 'show'], /missing ID/],
    ['--passphrase VALUE', ['entry', 'list', '--passphrase', 'hunter2hunter2'], /--passphrase is not accepted: .*process list.*FIELDNOTES_PASSPHRASE/],
    ['--passphrase=VALUE', ['--passphrase=hunter2hunter2', 'vault', 'check'], /--passphrase is not accepted/],
    ['no vault directory', ['entry', 'list'], /no vault directory: pass --vault DIR or set FIELDNOTES_VAULT/, { FIELDNOTES_VAULT: undefined }],
    ['an unknown kind', ['entry', 'add', '--kind', 'dinner', '--title', 'T'], /--kind must be one of meeting, observation, /],
    ['a missing --title', ['entry', 'add', '--kind', 'meeting'], /missing --title \(or --json FILE\)/],
    ['both --body and --body-file', ['entry', 'add', '--kind', 'meeting', '--title', 'T', '--body', 'b', '--body-file', 'f'], /--body or --body-file, not both/],
    ['a non-numeric --limit', ['search', 'x', '--limit', 'ten'], /--limit must be a whole number/],
    ['a negative --limit', ['search', 'x', '--limit', '-5'], /--limit needs a value, not the option-like '-5'; write --limit=-5 for a value starting with -\./],
    ['a bad KDF target', ['vault', 'create'], /FIELDNOTES_KDF_TARGET_MS must be a whole number/, { FIELDNOTES_KDF_TARGET_MS: 'fast' }],
    // The contract's own checks, run before any passphrase is asked and named after the flag.
    ['an empty --title', ['entry', 'add', '--kind', 'meeting', '--title', '   '], /--title: must not be empty/, noPassphrase],
    ['a too-long --title', ['entry', 'add', '--kind', 'meeting', '--title', 'x'.repeat(LIMITS.title + 1)], /--title: must be at most 500 characters/],
    ['an --occurred-at that is not ISO', ['entry', 'add', '--kind', 'meeting', '--title', 'T', '--occurred-at', 'yesterday'], /--occurred-at: /],
    ['an unknown --counterpart', ['entry', 'add', '--kind', 'meeting', '--title', 'T', '--counterpart', 'spy'], /--counterpart: /],
    ['an ID that is not a UUID', ['entry', 'show', 'not-a-uuid'], /^fieldnotes: ID: /, noPassphrase],
    ['a --limit above the contract maximum', ['search', 'x', '--limit', '1000'], /--limit: /],
    ['an unknown --kind filter', ['entry', 'list', '--kind', 'memo'], /--kind: /],
  ];

  it.each(cases)('refuses %s', async (_name, args, pattern, extra) => {
    const error = await refusal(args, { ...env, ...extra });
    expect(error.exitCode, error.message).toBe(EXIT.usage);
    expect(error.message).not.toContain('\n');
    expect(`fieldnotes: ${error.message}`).toMatch(pattern);
  });

  it('prints a refusal as one line on stderr with exit 2, end to end', async () => {
    expectOneErrorLine(await runCli(['entry', 'list', '--passphrase', 'hunter2hunter2'], { env }), 2, /--passphrase is not accepted/);
  });

  it('prints help on stdout with exit 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^fieldnotes — /);
    expect(result.stdout).toContain('FIELDNOTES_PASSPHRASE');
    expect(result.stderr).toBe('');
    // The built bin finds its version from out/cli/, as an installed command would.
    const version = await runCli(['--version']);
    expect([version.code, version.stdout, version.stderr]).toEqual([0, `fieldnotes ${(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`, '']);
  });
});

// In process (see runInProcess), but for the two cases about standard input, which is the child's own.
describe('fieldnotes CLI: refusals exit 1 (or 2 for bad input) with one clear line', () => {
  const tempDir = useTempDir();
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = tempDir();
    env = { FIELDNOTES_VAULT: join(dir, 'vault'), FIELDNOTES_PASSPHRASE: PASSPHRASE };
    const created = await runInProcess(['vault', 'create'], { env });
    expect(created.code, created.stderr).toBe(0);
  });

  it('says a wrong passphrase is wrong, with no stack', async () => {
    const result = await runInProcess(['entry', 'list'], { env: { ...env, FIELDNOTES_PASSPHRASE: 'not the right passphrase' } });
    expectOneErrorLine(result, 1, /^fieldnotes: Wrong passphrase\.$/);
    expect(result.stdout).toBe('');
  });

  it('says how long to wait once wrong passphrases are throttled', async () => {
    const own = { FIELDNOTES_VAULT: join(tempDir(), 'vault'), FIELDNOTES_PASSPHRASE: PASSPHRASE };
    expect((await runInProcess(['vault', 'create'], { env: own })).code).toBe(0);
    const wrong = () => runInProcess(['entry', 'list'], { env: { ...own, FIELDNOTES_PASSPHRASE: 'not the right passphrase' } });
    expectOneErrorLine(await wrong(), 1, /^fieldnotes: Wrong passphrase\.$/);
    expectOneErrorLine(await wrong(), 1, /^fieldnotes: Wrong passphrase\.$/);
    // The third failure starts the delay (1 s, doubling); the message says so.
    expectOneErrorLine(await wrong(), 1, /^fieldnotes: Wrong passphrase\. Wait 1 s before trying again\.$/);
  });

  it('says where no vault exists, and how to make one', async () => {
    const result = await runInProcess(['vault', 'check'], { env: { ...env, FIELDNOTES_VAULT: join(dir, 'elsewhere') } });
    expectOneErrorLine(result, 1, /no vault in .*elsewhere\. Create one with 'fieldnotes vault create'/);
  });

  it('refuses a too-short new passphrase from the environment', async () => {
    const result = await runInProcess(['vault', 'create'], { env: { FIELDNOTES_VAULT: join(dir, 'weak'), FIELDNOTES_PASSPHRASE: 'short' } });
    expectOneErrorLine(result, 1, /^fieldnotes: passphrase must be at least 12 characters/);
  });

  it('asks for a terminal when there is no passphrase and stdin is not one', async () => {
    const result = await runCli(['entry', 'list'], { env: { ...env, FIELDNOTES_PASSPHRASE: undefined } });
    expectOneErrorLine(result, 2, /no passphrase: use --passphrase-fd N, --passphrase-file F or FIELDNOTES_PASSPHRASE, or run in a terminal/);
  });

  it('rejects odd and huge body files cleanly', async () => {
    const add = (file: string) => runInProcess(['entry', 'add', '--kind', 'meeting', '--title', 'T', '--body-file', file], { env });
    const file = (name: string, content: string | Buffer) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    };
    expectOneErrorLine(await add(join(dir, 'missing.txt')), 1, /cannot read --body-file .*missing\.txt: no such file/);
    expectOneErrorLine(await add(dir), 1, /cannot read --body-file .*: it is a directory/);
    expectOneErrorLine(await add(file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))), 2, /is not UTF-8 text/);
    expectOneErrorLine(await add(file('nul.txt', 'a\u0000b')), 2, /--body-file: contains a NUL character/);
    // Just over the limit in characters: the contract's check, named after the flag.
    expectOneErrorLine(await add(file('long.txt', 'a'.repeat(LIMITS.body + 1))), 2, /--body-file: must be at most 1,000,000 characters/);
    // Far over: refused while reading, before the whole file is in memory.
    expectOneErrorLine(await add(file('huge.txt', Buffer.alloc(LIMITS.body * 3 + 10, 0x61))), 2, /--body-file: longer than the 1,000,000-character limit/);
  });

  it('reads the body from stdin with --body-file -', async () => {
    const added = await runCli(['entry', 'add', '--kind', 'meeting', '--title', 'From stdin', '--body-file', '-', '--json'], { env, input: 'piped body\n' });
    expect(added.code, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ title: 'From stdin', body: 'piped body\n' });
  });

  it('reports a damaged database as damaged', async () => {
    const broken = tempDir();
    const brokenEnv = { ...env, FIELDNOTES_VAULT: join(broken, 'vault') };
    expect((await runInProcess(['vault', 'create'], { env: brokenEnv })).code).toBe(0);
    writeFileSync(join(broken, 'vault', 'notebook.db'), Buffer.alloc(8192, 0x5a));
    expectOneErrorLine(await runInProcess(['vault', 'check'], { env: brokenEnv }), 1, /damaged/);
  });

  it('shows an incident id, not a stack, for an unexpected failure; the stack only with FIELDNOTES_DEBUG=1', async () => {
    // A database path that is a directory: a failure no message was written for (EISDIR).
    const odd = join(tempDir(), 'vault');
    const oddEnv = { ...env, FIELDNOTES_VAULT: odd };
    expect((await runInProcess(['vault', 'create'], { env: oddEnv })).code).toBe(0);
    rmSync(join(odd, 'notebook.db'));
    mkdirSync(join(odd, 'notebook.db'));
    expectOneErrorLine(await runInProcess(['entry', 'list'], { env: oddEnv }), 1, /incident [0-9a-f]{8}.*FIELDNOTES_DEBUG=1/);
    const debug = await runInProcess(['entry', 'list'], { env: { ...oddEnv, FIELDNOTES_DEBUG: '1' } });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/\[debug\] incident [0-9a-f]{8} on vault:unlock:\nError: EISDIR/);
  });
});
