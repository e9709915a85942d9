import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { LIMITS } from '../../../shared/domain/entries';
import { collectOutput } from '../../support/collect-output';
import { asMeeting } from '../../support/temp-vault';
import { BIN, PASSPHRASE, REPO_ROOT, baseEnv, createVaultFromFile, runCli, useTempDir } from './run-cli';

/**
 * Finding 2 of issue 6: the README taught `npm run fieldnotes -- entry add --participants NAME`,
 * which put defender names in ps, in shell history and in ~/.npm/_logs (mode 0644).
 */

/** The options that carry a name, a place or note text as an argument (and the passphrase). */
const SENSITIVE_OPTION = /(?:^|\s)--(title|participants|location|body|passphrase)(?=[\s=]|$)/;

function cliSection(readme: string): string {
  const start = readme.indexOf('\n## The CLI');
  expect(start, 'README has a "## The CLI" section').toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Shell code blocks (```sh, ```bash or unlabelled) and the prose around them. */
function splitSection(section: string): { shell: string[]; prose: string } {
  const shell: string[] = [];
  const prose = section.replace(/```(\w*)\n([\s\S]*?)```/g, (_block, language: string, body: string) => {
    if (['', 'sh', 'bash', 'shell'].includes(language)) shell.push(body);
    return '';
  });
  return { shell, prose };
}

/** Each command line of a block, its trailing comment removed. */
function commandLines(block: string): string[] {
  return block
    .split('\n')
    .map((line) => line.replace(/\s#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Reasons an example line would put a name on a command line, or run through npm. */
function unsafeExample(line: string): string | null {
  if (/\bnpm\s+(run|exec)\b|\bnpx\b/.test(line)) return 'runs through npm (which logs the command line)';
  if (!/\bfieldnotes\b/.test(line)) return null;
  const sensitive = SENSITIVE_OPTION.exec(line);
  if (sensitive) return `passes --${sensitive[1] ?? ''} as an argument`;
  if (/\bfieldnotes\s+(?:--\S+\s+\S+\s+)*search\b/.test(line) && !line.includes('--query-file')) return 'passes the query as an argument';
  return null;
}

describe('README: the documented CLI usage keeps names out of argv and out of npm', () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const { shell, prose } = splitSection(cliSection(readme));

  it('has examples, and none passes a sensitive field as an argument or runs through npm', () => {
    const lines = shell.flatMap(commandLines);
    expect(lines.filter((line) => /\bfieldnotes\b/.test(line)).length).toBeGreaterThan(5);
    expect(lines.map((line) => [line, unsafeExample(line)]).filter(([, reason]) => reason !== null)).toEqual([]);
  });

  it('shows npm run fieldnotes only in the development note, with its warning', () => {
    const paragraphs = prose.split(/\n\s*\n/).filter((paragraph) => /npm run (?:--\S+ )*fieldnotes/.test(paragraph));
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of paragraphs) {
      expect(paragraph).toMatch(/Development only/);
      expect(paragraph).toContain('~/.npm/_logs');
    }
  });

  it('would have caught the old README', () => {
    expect(unsafeExample('npm run --silent fieldnotes -- entry add --kind meeting --title "Hearing follow-up"')).toMatch(/npm/);
    expect(unsafeExample('fieldnotes entry add --participants "Salma"')).toMatch(/--participants/);
    expect(unsafeExample('fieldnotes search "المدافعين" [--json]')).toMatch(/query/);
    expect(unsafeExample('fieldnotes --vault DIR search --query-file q.txt')).toBeNull();
    expect(unsafeExample('fieldnotes entry add --json - --body-file x --passphrase-fd 3')).toBeNull();
  });
});

/** Every process's argv on this machine that holds one of the canaries. */
function argvHolding(canaries: string[]): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let argv: string;
    try {
      argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    if (canaries.some((canary) => argv.includes(canary))) found.push(`${pid}: ${argv.replace(/\0/g, ' ')}`);
  }
  return found;
}

/** Files under `root` whose bytes contain a canary in UTF-8. */
function filesHolding(root: string, canaries: string[]): string[] {
  const needles = canaries.map((canary) => Buffer.from(canary, 'utf8'));
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isFile())
    .filter((path) => {
      const bytes = readFileSync(path);
      return needles.some((needle) => bytes.includes(needle));
    });
}

describe.skipIf(process.platform !== 'linux')('fieldnotes CLI: names given by stdin and file reach no argv and no file in the clear', () => {
  const tempDir = useTempDir();
  const suffix = randomBytes(4).toString('hex');
  // Unique per run, so a hit can only come from this test.
  const latin = `Quillfeather-${suffix}`;
  const arabic = `نسرين الكناري ${[...suffix].map((digit) => String.fromCharCode(0x0660 + (parseInt(digit, 16) % 10))).join('')}`;
  const canaries = [latin, arabic];
  let home: string;
  let scratch: string;
  let inputs: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    const root = tempDir();
    home = join(root, 'home');
    scratch = join(root, 'tmp');
    inputs = tempDir();
    for (const dir of [home, scratch]) mkdirSync(dir);
    // Everything a run could write to, inside folders this test scans afterwards.
    env = {
      HOME: home,
      TMPDIR: scratch,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_CACHE_HOME: join(home, '.cache'),
      npm_config_cache: join(home, '.npm'),
      FIELDNOTES_VAULT: join(home, 'vault'),
    };
    await createVaultFromFile(env, inputs);
  });

  it('adds an entry from stdin: while the CLI holds the names, no process has them in its argv', async () => {
    // Names first, then about 1 MB of body: once the whole input is accepted by the pipe, the
    // CLI has certainly read the names (the pipe holds far less), and it then waits on fd 3
    // for the passphrase, which is sent only after the scan. No timing involved.
    const filler = ' '.repeat(LIMITS.body - 1000);
    const input = JSON.stringify({ title: `Meeting with ${latin}`, participants: `${latin}; ${arabic}`, location: arabic, body: `${arabic}${filler}` });
    const child = spawn(process.execPath, [BIN, 'entry', 'add', '--json', '-', '--passphrase-fd', '3'], {
      cwd: home,
      env: baseEnv(env),
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    });
    const output = collectOutput(child);
    await new Promise<void>((resolve, reject) => child.stdin.end(input, (error?: Error | null) => (error ? reject(error) : resolve())));

    expect(child.exitCode, 'the CLI is still running, waiting for its passphrase').toBeNull();
    expect(argvHolding(canaries)).toEqual([]);
    (child.stdio[3] as Writable).end(`${PASSPHRASE}\n`);

    const added = await output;
    expect(added.code, added.stderr).toBe(0);
    expect(asMeeting(contract['entry:create'].output.parse(JSON.parse(added.stdout))).participants).toBe(`${latin}; ${arabic}`);
  });

  it('finds the entry with an Arabic query from a file', async () => {
    const queryFile = join(inputs, 'query.txt');
    writeFileSync(queryFile, `${arabic.split(' ')[0] ?? ''}\n`);
    const found = await runCli(['search', '--query-file', queryFile, '--json', '--passphrase-fd', '3'], { env, fd3: PASSPHRASE, cwd: home });
    expect(found.code, found.stderr).toBe(0);
    expect(contract['search:query'].output.parse(JSON.parse(found.stdout)).total).toBe(1);
  });

  it('left no name in the clear under HOME, the npm cache, TMPDIR or the vault', () => {
    expect(filesHolding(home, canaries)).toEqual([]);
    expect(filesHolding(scratch, canaries)).toEqual([]);
  });
});
