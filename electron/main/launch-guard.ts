import { app } from 'electron';
import { LANGUAGES } from '../../shared/domain/preferences';
import { securityEvent } from './log';
import { launchRefusalMessage } from './main-text';
import { isDeveloperLaunch, refusedLaunchOptions, refusedRisks } from './security/launch-switches';

/** True only for Electron's binary running the source tree (security/launch-switches.ts says why not isPackaged). */
export function developerLaunch(): boolean {
  return isDeveloperLaunch({ isPackaged: app.isPackaged, appPath: app.getAppPath() });
}

/**
 * The first thing the main process does: an installed build started with a debugging, sandbox,
 * logging, network or profile switch exits before any window exists and before the vault or
 * the preferences are read (threat and list: security/launch-switches.ts).
 *
 * The message goes to stderr in both languages (the officer's choice is in preferences, which
 * are not read yet) and names only the kinds of option, never argv text. No dialog: on Linux
 * Electron cannot show one before `ready`, and elsewhere a dialog would keep this process,
 * and whatever the switch opened, alive until it is dismissed.
 * Developer builds only warn, so `--inspect` keeps working there.
 */
export function refuseDangerousLaunch(): void {
  const refused = refusedLaunchOptions(process.argv, process.env);
  if (refused.length === 0) return;
  const risks = refusedRisks(refused);
  if (developerLaunch()) {
    securityEvent(`developer build started with ${refused.map((item) => item.option).join(', ')}; an installed build would refuse to start`);
    return;
  }
  process.stderr.write(`${LANGUAGES.map((language) => launchRefusalMessage(language, risks)).join('\n')}\n`);
  // Before `ready` Electron's app.exit calls exit() at once: no later line of index.ts runs.
  app.exit(2);
}
