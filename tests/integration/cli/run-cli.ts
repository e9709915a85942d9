import { spawn, type StdioOptions } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { afterAll, beforeAll, expect } from 'vitest';
import { COMMANDS } from '../../../electron/cli/specs/index';
import { CliError } from '../../../electron/cli/errors';
import { parseCommandLine } from '../../../electron/cli/parse';
import { collectOutput, type Collected } from '../../support/collect-output';
import { PASSPHRASE } from '../../support/temp-vault';

export const REPO_ROOT = resolve(__dirname, '../../..');
/** The installed command, as the README says to run it: it hands descriptors such as 3 on to the CLI. */
export const BIN = join(REPO_ROOT, 'bin/fieldnotes.mjs');
/** One test passphrase for the whole suite, kept where the strength rule's owner keeps it. */
export { PASSPHRASE };

/**
 * A second passphrase for changing to: different from PASSPHRASE and as strong whatever its
 * value (the same characters in reverse), so no second literal must satisfy the strength rule.
 */
export const NEXT_PASSPHRASE = [...PASSPHRASE].reverse().join('');

export type CliResult = Collected;

export interface RunOptions {
  /** Merged over a clean environment (no FIELDNOTES_* from the developer's shell). */
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
  /** Written to an extra pipe, the child's descriptor 3 (for --passphrase-fd 3). */
  fd3?: string;
  command?: string[];
  /** Defaults to the repository root, where `npm run fieldnotes` runs. */
  cwd?: string;
}

/** The environment every CLI test starts from: fast KDF, no stray settings, no colour. */
export function baseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('FIELDNOTES_') && key !== 'NO_COLOR') env[key] = value;
  }
  env.FIELDNOTES_KDF_TARGET_MS = '0';
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Spawns the real CLI (the bin, unless `command` says otherwise) and collects its output. */
export function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  const [program, ...prefix] = options.command ?? [process.execPath, BIN];
  const stdio: StdioOptions = options.fd3 === undefined ? 'pipe' : ['pipe', 'pipe', 'pipe', 'pipe'];
  const child = spawn(program ?? process.execPath, [...prefix, ...args], { cwd: options.cwd ?? REPO_ROOT, env: baseEnv(options.env), stdio });
  const collected = collectOutput(child);
  child.stdin?.end(options.input ?? '');
  if (options.fd3 !== undefined) {
    const fd3 = child.stdio[3] as Writable;
    // A CLI that refuses first never reads it; the unread socket then resets, which is no test failure.
    fd3.on('error', () => undefined);
    fd3.end(options.fd3);
  }
  return collected;
}

/** A fresh directory per suite; the vault goes in a not-yet-existing subfolder, as a user would name one. */
export function useTempDir(): () => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-cli-'));
    dirs.push(dir);
    return dir;
  };
}

/** `content` and a newline in a file of `dir` only its owner may read (unless `mode` says otherwise), as --passphrase-file wants one. */
export function secretFile(dir: string, name: string, content: string, mode = 0o600): string {
  const path = join(dir, name);
  writeFileSync(path, `${content}\n`);
  chmodSync(path, mode);
  return path;
}

/**
 * Creates the vault `env` names through the bin as a script would, the passphrase read from a
 * file written in `dir` (never argv); returns that file for the commands that follow.
 */
export async function createVaultFromFile(env: RunOptions['env'], dir: string): Promise<string> {
  const passphraseFile = secretFile(dir, 'passphrase', PASSPHRASE);
  const created = await runCli(['vault', 'create', '--passphrase-file', passphraseFile], { env });
  expect(created.code, created.stderr).toBe(0);
  return passphraseFile;
}

/** The CLI's error contract: exactly one `fieldnotes: …` line on stderr, never a stack trace. */
export function expectOneErrorLine(result: CliResult, code: number, pattern: RegExp): void {
  expect(result.code, result.stderr).toBe(code);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^fieldnotes: /);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

/**
 * Runs a command line in this process up to its refusal and returns the error: a spawned CLI
 * costs a start-up per case, and a usage error never reaches a vault. Real parser, real
 * command; `fieldnotes: ` + message is what the CLI would print.
 */
export async function refusal(argv: string[], env: NodeJS.ProcessEnv): Promise<CliError> {
  try {
    const parsed = parseCommandLine(argv, COMMANDS);
    if (parsed.kind !== 'run') throw new Error(`expected a command, got help for ${argv.join(' ')}`);
    await parsed.command.run({ values: parsed.values, args: parsed.args, env });
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`expected '${argv.join(' ')}' to be refused`);
}

/**
 * Runs one command line in this process through the CLI's own main(), stdout and stderr
 * captured: the real parser, commands, core and vault, without a Node start per case. For
 * what needs no standard input, descriptor or signal; a few spawned cases keep the bin honest.
 */
export async function runInProcess(args: string[], options: Pick<RunOptions, 'env'> = {}): Promise<CliResult> {
  const { main } = await import('../../../electron/cli/main');
  const captured = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') =>
    ((chunk: string | Uint8Array) => {
      captured[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    }) as typeof process.stdout.write;
  const writes = { stdout: process.stdout.write.bind(process.stdout), stderr: process.stderr.write.bind(process.stderr) };
  process.stdout.write = capture('stdout');
  process.stderr.write = capture('stderr');
  try {
    const code = await main(args, baseEnv(options.env));
    return { code, ...captured };
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
  }
}

/** A suite's own vault, driven in process (runInProcess). */
export interface CliVault {
  /** The suite's folder; the vault is its subfolder `vault`. Set once the suite has started. */
  readonly dir: string;
  /** FIELDNOTES_VAULT and FIELDNOTES_PASSPHRASE for that vault. */
  readonly env: Record<'FIELDNOTES_VAULT' | 'FIELDNOTES_PASSPHRASE', string>;
  /** Writes a file in the suite's folder and returns its path (for --json FILE and the like). */
  file: (name: string, content: string) => string;
  /** Writes `value` as JSON in the suite's folder and returns its path. */
  json: (name: string, value: unknown) => string;
  run: (args: string[]) => Promise<CliResult>;
  /** Runs a command that must succeed and returns what it printed, trimmed (so an ID printed alone is the ID). */
  ok: (args: string[]) => Promise<string>;
}

/** Creates a vault for the suite in its beforeAll; call inside describe, after any hook that must run first. */
export function useCliVault(): CliVault {
  const tempDir = useTempDir();
  let dir = '';
  const env = { FIELDNOTES_VAULT: '', FIELDNOTES_PASSPHRASE: PASSPHRASE };
  const vault: CliVault = {
    get dir() {
      return dir;
    },
    env,
    file: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    json: (name, value) => vault.file(name, JSON.stringify(value)),
    run: (args) => runInProcess(args, { env }),
    ok: async (args) => {
      const result = await runInProcess(args, { env });
      expect(result.code, result.stderr).toBe(0);
      return result.stdout.trim();
    },
  };
  beforeAll(async () => {
    dir = tempDir();
    env.FIELDNOTES_VAULT = join(dir, 'vault');
    await vault.ok(['vault', 'create']);
  });
  return vault;
}
