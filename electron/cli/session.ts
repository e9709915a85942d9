import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import type { AppErrorData } from '../../shared/errors';
import type { Channel } from '../../shared/ipc/channels';
import { contract, type ChannelInput, type ChannelOutput } from '../../shared/ipc/contract';
import type { HandlerContext } from '../core/handlers/context';
import type { IncidentLog } from '../core/handlers/dispatch';
import { releaseActiveSession, setActiveSession } from './active-session';
import { CliError, UsageError } from './errors';
import { plainIssue } from './plain-issues';

export const DEFAULT_KDF_TARGET_MS = 1000;

/** The files a vault folder holds: naming one of them instead of its folder is a common slip. */
const VAULT_FILES = new Set(['vault.header', 'vault.json', 'notebook.db', 'unlock-attempts.json', 'preferences.json']);

/** A file where the vault's folder belongs is said so plainly, instead of failing later as "no vault". */
function refuseFile(dir: string): void {
  let isFile: boolean;
  try {
    isFile = !statSync(dir).isDirectory();
  } catch {
    return; // absent: `vault create` makes it, every other command says there is no vault there
  }
  if (!isFile) return;
  const parent = VAULT_FILES.has(basename(dir)) ? ` Did you mean its folder, ${dirname(dir)}?` : '';
  throw new UsageError(`${dir} is a file, not a vault folder.${parent}`, '');
}

/** The vault directory: `--vault` wins over FIELDNOTES_VAULT; neither is a usage error, never a guess. */
export function resolveVaultDir(option: string | undefined, env: NodeJS.ProcessEnv): string {
  const dir = option !== undefined && option !== '' ? option : env.FIELDNOTES_VAULT;
  if (dir === undefined || dir === '') {
    throw new UsageError('no vault directory: pass --vault DIR or set FIELDNOTES_VAULT.');
  }
  const absolute = resolve(dir);
  refuseFile(absolute);
  return absolute;
}

/** FIELDNOTES_KDF_TARGET_MS: a whole number of milliseconds; 0 keeps the Argon2id floor (tests, scripted set-ups). */
export function kdfTargetMs(env: NodeJS.ProcessEnv): number {
  const raw = env.FIELDNOTES_KDF_TARGET_MS;
  if (raw === undefined || raw === '') return DEFAULT_KDF_TARGET_MS;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) > 60_000) {
    throw new UsageError(`FIELDNOTES_KDF_TARGET_MS must be a whole number of milliseconds from 0 to 60000 (got '${raw}').`);
  }
  return Number(raw);
}

export interface CallOptions {
  /** Maps an input path (`entry.title`) to what the user typed (`--title`), for error messages. */
  fields?: Record<string, string>;
  /** Invalid input is the user's command line (exit 2) unless it came from elsewhere, like the passphrase. */
  invalidIsUsage?: boolean;
}

export interface CliSession {
  readonly vaultDir: string;
  /** For what has no channel yet (the integrity check); everything else goes through `call`. */
  readonly ctx: HandlerContext;
  call<C extends Channel>(channel: C, payload: ChannelInput<C>, options?: CallOptions): Promise<ChannelOutput<C>>;
  /** Locks the vault: closes the database, which wipes SQLCipher's key copy. Idempotent. */
  close(): void;
}

function debugEnabled(env: NodeJS.ProcessEnv): boolean {
  return env.FIELDNOTES_DEBUG === '1';
}

/** The one unexpected failure with a known remedy, worth naming instead of an incident id. */
const ABI_MISMATCH = /NODE_MODULE_VERSION|compiled against a different Node\.js version/;
const ABI_HINT =
  "the SQLite driver was built for Electron, not for this Node (NODE_MODULE_VERSION mismatch). Rebuild it for Node: 'npm rebuild better-sqlite3-multiple-ciphers'.";

export interface CliIncidentLog extends IncidentLog {
  /** Set when the last incident has a remedy the user can apply. */
  hint: string | undefined;
}

/**
 * Unexpected errors carry only an incident id to the terminal: a stack or a SQL error can
 * quote note text (a defender's name) into a scrollback buffer or a CI log. The full error is
 * printed only when the operator opts in with FIELDNOTES_DEBUG=1.
 */
export function incidentLog(env: NodeJS.ProcessEnv): CliIncidentLog {
  const log: CliIncidentLog = {
    hint: undefined,
    incident(id, channel, error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      // Running the CLI after `npm start` rebuilt the driver for Electron is the common case.
      if (ABI_MISMATCH.test(detail)) log.hint = ABI_HINT;
      if (!debugEnabled(env)) return;
      process.stderr.write(`fieldnotes: [debug] incident ${id} on ${channel}:\n${detail}\n`);
    },
  };
  return log;
}

function seconds(ms: number): string {
  return `${Math.max(1, Math.ceil(ms / 1000))} s`;
}

/** Turns a core error into the one line the user reads; the vault path is the user's own, so naming it is fine. */
export function failureFromAppError(error: AppErrorData, vaultDir: string, invalidIsUsage: boolean): CliError {
  // Only some codes need more than the core's own words: where the vault is, or how long to wait.
  const { code, message, retryAfterMs } = error;
  if (code === 'INVALID_INPUT') return invalidIsUsage ? new UsageError(message, '') : new CliError(message);
  if (code === 'VAULT_NOT_FOUND') return new CliError(`no vault in ${vaultDir}. Create one with 'fieldnotes vault create'.`);
  if (code === 'VAULT_EXISTS') return new CliError(`a vault already exists in ${vaultDir}.`);
  if ((code === 'WRONG_PASSPHRASE' || code === 'THROTTLED') && retryAfterMs) {
    return new CliError(`${message} Wait ${seconds(retryAfterMs)} before trying again.`);
  }
  if (code === 'INTERNAL') return new CliError(`${message} Set FIELDNOTES_DEBUG=1 to see the error.`);
  return new CliError(message);
}

/**
 * A label for a nested path from a `prefix.*` entry: `entry.*` → '--json: ' names
 * `entry.followUps.0.owner` as '--json: followUps.0.owner'.
 */
function wildcardLabel(path: string, fields: Record<string, string>): string | undefined {
  for (const [key, label] of Object.entries(fields)) {
    if (key.endsWith('.*') && path.startsWith(key.slice(0, -1))) return `${label}${path.slice(key.length - 1)}`;
  }
  return undefined;
}

function describeIssues(issues: z.core.$ZodIssue[], fields: Record<string, string>): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      // An empty label means the message already says what it is about ("passphrase must be…").
      const label = fields[path] ?? wildcardLabel(path, fields) ?? path;
      return label ? `${label}: ${plainIssue(issue)}` : plainIssue(issue);
    })
    .join('; ');
}

/**
 * The same schema dispatch applies, checked first to name the offending flag (`--title`
 * instead of the contract path `entry.title`) and, called before the passphrase is asked,
 * so a typo in a date does not cost an unlock. dispatch still validates on its own.
 */
export function validateInput<C extends Channel>(channel: C, payload: ChannelInput<C>, options: CallOptions = {}): void {
  const parsed = contract[channel].input.safeParse(payload);
  if (parsed.success) return;
  const described = describeIssues(parsed.error.issues, options.fields ?? {});
  // One sentence, ended once: the contract's own advice may already end with a full stop.
  const message = /[.!?]$/.test(described) ? described : `${described}.`;
  throw (options.invalidIsUsage ?? true) ? new UsageError(message, '') : new CliError(message);
}

/**
 * Opens a handler context over the vault directory, exactly as the app's main process does.
 * The core (SQLite, Argon2) is imported here and only here, lazily, so `--help` and usage
 * errors answer without loading native modules.
 */
export async function openSession(vaultDir: string, env: NodeJS.ProcessEnv): Promise<CliSession> {
  const targetMs = kdfTargetMs(env);
  const [{ createHandlerContext }, { dispatch }] = await Promise.all([
    import('../core/handlers/create-context'),
    import('../core/handlers/dispatch'),
  ]);
  const ctx = createHandlerContext({
    vaultDir,
    // The CLI never dispatches prefs:*; the path only satisfies the context and is never read or written.
    preferencesFile: join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'fieldnotes', 'preferences.json'),
    kdfTargetMs: targetMs,
  });
  const log = incidentLog(env);
  const session: CliSession = {
    vaultDir,
    ctx,
    async call(channel, payload, options = {}) {
      const invalidIsUsage = options.invalidIsUsage ?? true;
      validateInput(channel, payload, options);
      const result = await dispatch(ctx, channel, payload, log);
      if (!result.ok) {
        if (result.error.code === 'INTERNAL' && log.hint) throw new CliError(log.hint);
        throw failureFromAppError(result.error, vaultDir, invalidIsUsage);
      }
      return result.value as ChannelOutput<typeof channel>;
    },
    close() {
      ctx.vault.lock();
    },
  };
  setActiveSession(session);
  return session;
}

/** Runs `use` with an open session and locks the vault afterwards, whatever happens. */
export async function withSession<T>(vaultDir: string, env: NodeJS.ProcessEnv, use: (session: CliSession) => Promise<T>): Promise<T> {
  const session = await openSession(vaultDir, env);
  try {
    return await use(session);
  } finally {
    releaseActiveSession(session);
    session.close();
  }
}
