import hardening from '@fieldnotes/hardening';
import { EXIT } from './errors';
import { main, reportFailure } from './main';
import { lockActiveSession } from './active-session';

// The CLI holds the vault key too: no core dump, no same-user ptrace (Linux; a no-op elsewhere).
hardening.disableCoreDumps();

/**
 * Entry point (`npm run fieldnotes`, bin/fieldnotes.mjs). A signal must not leave the vault
 * open: listening replaces Node's default "die at once", so we lock, say so and exit with the
 * conventional 128 + signal number.
 */
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
for (const [signal, number] of Object.entries(SIGNALS)) {
  process.once(signal, () => {
    lockActiveSession();
    process.stderr.write('\nfieldnotes: interrupted; the vault is locked.\n');
    process.exit(128 + number);
  });
}
// Last resort for any other way out (process.exit from a dependency): lock() is synchronous.
process.on('exit', lockActiveSession);

/** Whatever escapes main() still ends as one line (Node's default would print a stack). */
function die(error: unknown): never {
  lockActiveSession();
  process.exit(reportFailure(error, process.env));
}
process.on('uncaughtException', die);
process.on('unhandledRejection', die);

// `fieldnotes entry list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') die(error);
  lockActiveSession();
  process.exit(EXIT.ok);
});

process.exitCode = await main(process.argv.slice(2));
