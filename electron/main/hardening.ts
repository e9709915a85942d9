import { join } from 'node:path';
import { app } from 'electron';
import { disableCoreDumps, hardenOwnProcess, reportCoreDumpFailures } from './core-dumps';
import { registerAppScheme } from './protocol';
import { CHROMIUM_SWITCHES } from './security/web-preferences';

/**
 * Everything that must happen before `ready`, in one place:
 * - every renderer sandboxed, whatever a window's options say;
 * - the Chromium switches of CHROMIUM_SWITCHES (no DNS, no background networking …);
 * - a fixed userData folder (same for developer and packaged builds) and Chromium's own files
 *   in a subfolder of it, apart from the vault;
 * - the main process made non-dumpable with no core limit (Linux, see core-dumps.ts);
 * - app:// registered as a privileged scheme.
 * The crash reporter is never started, so there is nothing to upload and no minidump folder.
 */
export function hardenBeforeReady(): void {
  app.enableSandbox();
  for (const [name, value] of CHROMIUM_SWITCHES) {
    if (value === undefined) app.commandLine.appendSwitch(name);
    else app.commandLine.appendSwitch(name, value);
  }
  const userData = join(app.getPath('appData'), 'Fieldnotes');
  app.setPath('userData', userData);
  app.setPath('sessionData', join(userData, 'chromium'));
  hardenOwnProcess();
  reportCoreDumpFailures(disableCoreDumps([process.pid]));
  registerAppScheme();
}

/** After `ready`: Chromium's resolver off and no DNS-over-HTTPS probes. */
export function hardenAfterReady(): void {
  app.configureHostResolver({ enableBuiltInResolver: false, secureDnsMode: 'off', secureDnsServers: [] });
}
