import hardening from '@fieldnotes/hardening';
import type { ReadStream } from 'node:tty';
import { CliError, InterruptedError } from './errors';

/** The terminal the prompt reads (process.stdin): its descriptor is what tcflush needs. */
export type TerminalInput = ReadStream & { fd: number };

/**
 * Text typed before the prompt appeared (during start-up, or between two prompts) was echoed
 * by the terminal in the clear, and may be a passphrase typed early or a stray command. It
 * must not become the passphrase, so it is dropped: from the terminal's queue (tcflush, which
 * Node cannot do itself) and from what Node has already read into the stream's buffer.
 * Called after raw mode is on, so nothing typed from here on is echoed or lost.
 */
function discardTypeAhead(input: TerminalInput, output: NodeJS.WritableStream): void {
  let discarded = hardening.flushTerminalInput(input.fd);
  while (input.read() !== null) discarded = true;
  if (discarded) output.write('fieldnotes: text typed before the prompt was discarded.\n');
}

/**
 * Reads one line from the terminal without echoing anything — not even asterisks, which would
 * tell a shoulder-surfer the length. The prompt goes to stderr so stdout stays clean for
 * scripts (`id=$(fieldnotes entry add …)`).
 *
 * Raw mode means we do the line editing: Enter ends, Backspace and Ctrl-U edit, Ctrl-C aborts
 * (in raw mode it arrives as a byte, not as SIGINT), Ctrl-D on an empty line aborts, and
 * escape sequences (arrow keys) are dropped rather than becoming part of the passphrase.
 */
export function promptHidden(prompt: string, input: TerminalInput, output: NodeJS.WritableStream): Promise<string> {
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
    discardTypeAhead(input, output);
    output.write(prompt);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}
