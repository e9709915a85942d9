import { EXIT } from './errors';
import { main } from './main';
import { lockActiveSession } from './session';

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

// `fieldnotes entry list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    lockActiveSession();
    process.exit(EXIT.ok);
  }
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
