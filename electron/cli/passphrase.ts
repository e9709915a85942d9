import type { ReadStream } from 'node:tty';
import { PASSPHRASE_MIN_LENGTH } from '../../shared/domain/passphrase';
import { CliError, EXIT, InterruptedError } from './errors';

export const PASSPHRASE_ENV = 'FIELDNOTES_PASSPHRASE';
const MAX_TRIES = 3;

/**
 * Reads one line from the terminal without echoing anything — not even asterisks, which would
 * tell a shoulder-surfer the length. The prompt goes to stderr so stdout stays clean for
 * scripts (`id=$(fieldnotes entry add …)`).
 *
 * Raw mode means we do the line editing: Enter ends, Backspace and Ctrl-U edit, Ctrl-C aborts
 * (in raw mode it arrives as a byte, not as SIGINT), Ctrl-D on an empty line aborts, and
 * escape sequences (arrow keys) are dropped rather than becoming part of the passphrase.
 */
export function promptHidden(prompt: string, input: ReadStream, output: NodeJS.WritableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let chars: string[] = [];
    let escape: 'none' | 'start' | 'sequence' = 'none';
    const wasRaw = input.isRaw;

    const finish = (error?: Error) => {
      input.removeListener('data', onData);
      input.setRawMode(wasRaw);
      input.pause();
      output.write('\n');
      const value = chars.join('');
      chars = [];
      if (error) reject(error);
      else resolve(value);
    };

    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (escape === 'start') {
          escape = ch === '[' || ch === 'O' ? 'sequence' : 'none';
          continue;
        }
        if (escape === 'sequence') {
          if (ch >= '@' && ch <= '~') escape = 'none';
          continue;
        }
        switch (ch) {
          case '\r':
          case '\n':
            finish();
            return;
          case '\u0003':
            finish(new InterruptedError());
            return;
          case '\u0004':
            if (chars.length === 0) {
              finish(new CliError('no passphrase entered.'));
              return;
            }
            break;
          case '\u007f':
          case '\b':
            chars.pop();
            break;
          case '\u0015':
            chars = [];
            break;
          case '\u001b':
            escape = 'start';
            break;
          default:
            if (ch >= ' ') chars.push(ch);
        }
      }
    };

    // Raw mode before the prompt appears: whatever is typed after seeing it is never echoed.
    input.setRawMode(true);
    output.write(prompt);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}

function terminal(): ReadStream {
  const stdin = process.stdin as ReadStream;
  if (!stdin.isTTY) {
    throw new CliError(`no passphrase: set ${PASSPHRASE_ENV}, or run in a terminal to be asked for it.`, EXIT.usage);
  }
  return stdin;
}

/**
 * The environment variable is read once and removed from this process's environment, so
 * nothing started later (or a crash report that dumps the environment) inherits it.
 * JavaScript strings cannot be wiped; the core wipes the derived and data keys it holds.
 */
function fromEnvironment(env: NodeJS.ProcessEnv): string | undefined {
  const value = env[PASSPHRASE_ENV];
  if (value === undefined) return undefined;
  delete env[PASSPHRASE_ENV];
  if (value === '') throw new CliError(`${PASSPHRASE_ENV} is set but empty.`);
  return value;
}

/** The passphrase of an existing vault. */
export async function readPassphrase(env: NodeJS.ProcessEnv): Promise<string> {
  return fromEnvironment(env) ?? promptHidden('Passphrase: ', terminal(), process.stderr);
}

/**
 * A new passphrase: from the environment as is (the core validates it), or typed twice at
 * the terminal, since a typo here locks the officer out of everything they write.
 */
export async function readNewPassphrase(env: NodeJS.ProcessEnv): Promise<string> {
  const given = fromEnvironment(env);
  if (given !== undefined) return given;
  const input = terminal();
  for (let attempt = 1; attempt <= MAX_TRIES; attempt += 1) {
    const first = await promptHidden(`New passphrase (at least ${PASSPHRASE_MIN_LENGTH} characters): `, input, process.stderr);
    if ([...first].length < PASSPHRASE_MIN_LENGTH) {
      process.stderr.write(`fieldnotes: the passphrase must be at least ${PASSPHRASE_MIN_LENGTH} characters.\n`);
      continue;
    }
    const second = await promptHidden('Repeat the passphrase: ', input, process.stderr);
    if (first === second) return first;
    process.stderr.write('fieldnotes: the passphrases do not match.\n');
  }
  throw new CliError(`no passphrase set after ${MAX_TRIES} tries.`);
}
