/**
 * Launch options a packaged Fieldnotes refuses. Threat: a program running as the officer
 * (an implant, a tampered shortcut) relaunches the app with a switch that opens it to that
 * program: a DevTools endpoint that can drive `window.fieldnotes` after unlock, a renderer
 * without its sandbox, a log or trace file that records page content, or a proxy that
 * would carry any request that ever slipped past the filter.
 *
 * A deny-list by name, not an allow-list of every switch: officers on Wayland, with broken
 * GPU drivers or with a screen reader legitimately pass display and accessibility switches
 * (`--ozone-platform`, `--enable-features=UseOzonePlatform`, `--disable-gpu`,
 * `--force-device-scale-factor`, `--force-renderer-accessibility`), and refusing them would
 * lock those officers out. `--enable-features` / `--disable-features` stay allowed for that
 * reason (our own `--disable-features` value replaces a passed one: docs/security.md).
 */
export type LaunchRisk = 'debugging' | 'isolation' | 'logging' | 'network' | 'profile';

/**
 * Each name with why it is refused. Names are Chromium's (content/base switches) and Node's
 * (the inspector flags Electron honours on its command line), written with hyphens.
 */
const REFUSED_SWITCHES: ReadonlyMap<string, LaunchRisk> = new Map(
  Object.entries({
    // A DevTools protocol endpoint on a port or pipe: full control of every page, no fuse covers it.
    'remote-debugging-port': 'debugging',
    'remote-debugging-pipe': 'debugging',
    'remote-debugging-address': 'debugging',
    'remote-debugging-io-pipes': 'debugging',
    'remote-allow-origins': 'debugging',
    'auto-open-devtools-for-tabs': 'debugging',
    // Node's inspector on the main process, which holds the key (the EnableNodeCliInspectArguments
    // fuse also ignores these in a packaged build; refused as well in case a build ships unfused).
    inspect: 'debugging',
    'inspect-brk': 'debugging',
    'inspect-brk-node': 'debugging',
    'inspect-port': 'debugging',
    'inspect-wait': 'debugging',
    'inspect-publish-uid': 'debugging',
    'experimental-network-inspection': 'debugging',
    debug: 'debugging',
    'debug-brk': 'debugging',
    'debug-port': 'debugging',
    // Child processes that wait for a debugger to attach.
    'wait-for-debugger': 'debugging',
    'wait-for-debugger-children': 'debugging',
    'renderer-startup-dialog': 'debugging',
    // V8 flags reach the main process too (`--allow-natives-syntax`, tracing that prints values).
    'js-flags': 'debugging',
    // The renderer's sandbox, site isolation and same-origin policy are what keep injected script
    // away from Node and the vault; a launcher or extension would run foreign code in our processes.
    'no-sandbox': 'isolation',
    'disable-gpu-sandbox': 'isolation',
    'disable-seccomp-filter-sandbox': 'isolation',
    'disable-setuid-sandbox': 'isolation',
    'disable-namespace-sandbox': 'isolation',
    'no-zygote': 'isolation',
    'single-process': 'isolation',
    'in-process-gpu': 'isolation',
    'disable-web-security': 'isolation',
    'disable-site-isolation-trials': 'isolation',
    'allow-running-insecure-content': 'isolation',
    'allow-file-access-from-files': 'isolation',
    'unsafely-treat-insecure-origin-as-secure': 'isolation',
    'enable-blink-features': 'isolation',
    'renderer-cmd-prefix': 'isolation',
    'gpu-launcher': 'isolation',
    'utility-cmd-prefix': 'isolation',
    'browser-subprocess-path': 'isolation',
    'load-extension': 'isolation',
    'disable-extensions-except': 'isolation',
    // Chromium's log can record console messages, URLs and IPC; a net log or trace is a file.
    'enable-logging': 'logging',
    'log-file': 'logging',
    'log-level': 'logging',
    v: 'logging',
    vmodule: 'logging',
    'log-net-log': 'logging',
    'net-log-capture-mode': 'logging',
    'trace-startup': 'logging',
    'trace-startup-file': 'logging',
    'enable-tracing': 'logging',
    // Zero network must not depend on which of two conflicting settings wins.
    'proxy-server': 'network',
    'proxy-pac-url': 'network',
    'proxy-auto-detect': 'network',
    'proxy-bypass-list': 'network',
    'host-rules': 'network',
    'host-resolver-rules': 'network',
    'ignore-certificate-errors': 'network',
    'ignore-certificate-errors-spki-list': 'network',
    // Where Chromium keeps its files: setPath overrides it today; refused so that stays true.
    'user-data-dir': 'profile',
    'disk-cache-dir': 'profile',
  } satisfies Record<string, LaunchRisk>),
);

/**
 * Environment variables Electron reads as launch options. ELECTRON_RUN_AS_NODE and
 * NODE_OPTIONS are not here: their fuses make a packaged Electron ignore them, and were the
 * fuses missing, they would act before this check could run. ELECTRON_ENABLE_STACK_DUMPING
 * prints a crash's stack (addresses and function names, no data) and is allowed.
 */
const REFUSED_ENVIRONMENT: Readonly<Record<string, LaunchRisk>> = {
  ELECTRON_ENABLE_LOGGING: 'logging',
  ELECTRON_LOG_FILE: 'logging',
};

export interface RefusedLaunchOption {
  /** Our canonical name for it, never the text as given (argv may carry a path or a name). */
  option: string;
  risk: LaunchRisk;
}

/**
 * The switch name as Chromium or Node would read it, in every spelling either accepts:
 * `--x`, `-x` (Chromium on every platform), `/x` (Chromium on Windows), `--x=value`,
 * upper case (Chromium on Windows lower-cases names), and `_` for `-` (Node accepts both).
 * Every prefix is stripped on every platform: a refusal too many costs nothing.
 * Returns null for an argument that is not a switch.
 */
export function switchName(argument: string): string | null {
  const body = argument.replace(/^[-/]+/, '');
  if (body.length === argument.length || body.length === 0) return null;
  const name = body.split('=', 1)[0] ?? '';
  return name.replace(/[A-Z]/g, (letter) => letter.toLowerCase()).replaceAll('_', '-');
}

/**
 * Every refused option in this launch. Arguments after a bare `--` are checked too (Chromium
 * stops reading switches there, but nothing legitimate puts one of these after it).
 */
export function refusedLaunchOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): RefusedLaunchOption[] {
  const refused: RefusedLaunchOption[] = [];
  for (const argument of argv) {
    const name = switchName(argument);
    // A Map, not an object: `--constructor` or `--__proto__` must not find Object.prototype.
    const risk = name === null ? undefined : REFUSED_SWITCHES.get(name);
    if (name !== null && risk !== undefined) refused.push({ option: `--${name}`, risk });
  }
  for (const [variable, risk] of Object.entries(REFUSED_ENVIRONMENT)) {
    // Electron tests presence (HasVar), so an empty value counts.
    if (env[variable] !== undefined) refused.push({ option: variable, risk });
  }
  return refused;
}

/** The distinct risks, in a fixed order, for a message that names categories and no values. */
export function refusedRisks(refused: readonly RefusedLaunchOption[]): LaunchRisk[] {
  const order: readonly LaunchRisk[] = ['debugging', 'isolation', 'logging', 'network', 'profile'];
  return order.filter((risk) => refused.some((item) => item.risk === risk));
}

/**
 * A developer launch: Electron's own binary running the source tree. Not `app.isPackaged`
 * alone, which only compares the executable's name with "electron": a copy of the installed
 * app with its binary renamed would pass for a developer build and get DevTools and every
 * switch. The installed app's code is always in `app.asar` (the OnlyLoadAppFromAsar fuse
 * loads nothing else), whatever the binary is called, so code from an archive is never a
 * developer launch. Whoever unpacks the archive and runs it loose controls the code anyway.
 */
export function isDeveloperLaunch(launch: { isPackaged: boolean; appPath: string }): boolean {
  return !launch.isPackaged && !/\.asar[\\/]?$/i.test(launch.appPath);
}
