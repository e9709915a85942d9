import { describe, expect, it } from 'vitest';
import { isDeveloperLaunch, refusedLaunchOptions, refusedRisks, switchName } from '../../../electron/main/security/launch-switches';

const APP = '/opt/Fieldnotes/fieldnotes';
const refused = (...args: string[]) => refusedLaunchOptions([APP, ...args], {}).map((item) => item.option);

describe('switchName', () => {
  it('reads every spelling Chromium or Node accepts', () => {
    for (const spelling of [
      '--remote-debugging-port=9222',
      '--remote-debugging-port',
      '-remote-debugging-port=9222', // Chromium takes a single dash on every platform
      '/remote-debugging-port=9222', // and a slash on Windows
      '--REMOTE-DEBUGGING-PORT=9222', // Windows lower-cases switch names
      '--Remote-Debugging-Port',
      '--remote_debugging_port=9222', // Node reads `_` as `-`
      '---remote-debugging-port',
    ]) {
      expect(switchName(spelling), spelling).toBe('remote-debugging-port');
    }
  });

  it('keeps only the name, whatever the value holds', () => {
    expect(switchName('--js-flags=--allow-natives-syntax --expose-gc')).toBe('js-flags');
    expect(switchName('--vmodule=*/net/*=3')).toBe('vmodule');
  });

  it('is null for arguments that are not switches', () => {
    expect(switchName('fieldnotes')).toBeNull();
    expect(switchName('--')).toBeNull();
    expect(switchName('-')).toBeNull();
    expect(switchName('')).toBeNull();
  });
});

describe('refusedLaunchOptions', () => {
  it('refuses each option, by the kind of risk it carries', () => {
    const byRisk = {
      // DevTools endpoints, the Node inspector, debugger waits, V8 flags.
      debugging: [
        '--remote-debugging-port=9222',
        '--remote-debugging-port=0',
        '--remote-debugging-pipe',
        '--remote-debugging-address=0.0.0.0',
        '--remote-debugging-io-pipes=3,4',
        '--remote-allow-origins=*',
        '--auto-open-devtools-for-tabs',
        '--inspect',
        '--inspect=0.0.0.0:9229',
        '--inspect-brk',
        '--inspect_brk=9229',
        '--inspect-brk-node',
        '--inspect-port=9229',
        '--inspect-wait',
        '--inspect-publish-uid=http',
        '--experimental-network-inspection',
        '--debug',
        '--debug-brk',
        '--debug-port=5858',
        '--wait-for-debugger',
        '--wait-for-debugger-children=renderer',
        '--renderer-startup-dialog',
        '--js-flags=--allow-natives-syntax',
        '/JS-FLAGS=--expose-gc',
      ],
      // The sandbox, isolation and same-origin policy; launchers and extensions running foreign code.
      isolation: [
        '--no-sandbox',
        '-no-sandbox',
        '/no-sandbox',
        '--NO-SANDBOX',
        '--no_sandbox',
        '--disable-gpu-sandbox',
        '--disable-seccomp-filter-sandbox',
        '--disable-setuid-sandbox',
        '--disable-namespace-sandbox',
        '--no-zygote',
        '--single-process',
        '--in-process-gpu',
        '--disable-web-security',
        '--disable-site-isolation-trials',
        '--allow-running-insecure-content',
        '--allow-file-access-from-files',
        '--unsafely-treat-insecure-origin-as-secure=http://x',
        '--enable-blink-features=Auxclick',
        '--renderer-cmd-prefix=gdb --args',
        '--gpu-launcher=/tmp/x',
        '--utility-cmd-prefix=/tmp/x',
        '--browser-subprocess-path=/tmp/x',
        '--load-extension=/tmp/ext',
        '--disable-extensions-except=/tmp/ext',
      ],
      logging: ['--enable-logging', '--enable-logging=file', '--log-file=/tmp/l', '--log-level=0', '--v=1', '--vmodule=*=3', '--log-net-log=/tmp/n', '--net-log-capture-mode=Everything', '--trace-startup', '--trace-startup-file=/tmp/t', '--enable-tracing'],
      network: ['--proxy-server=socks5://203.0.113.9:1080', '--proxy-pac-url=http://x/p.pac', '--proxy-auto-detect', '--proxy-bypass-list=<local>', '--host-rules=MAP * 203.0.113.9', '--host-resolver-rules=MAP * 203.0.113.9', '--ignore-certificate-errors', '--ignore-certificate-errors-spki-list=abc'],
      profile: ['--user-data-dir=/tmp/p', '--disk-cache-dir=/tmp/c'],
    } as const;
    for (const [risk, args] of Object.entries(byRisk)) {
      for (const argument of args) {
        expect(refusedLaunchOptions([APP, argument], {}), argument).toEqual([expect.objectContaining({ risk })]);
      }
    }
  });

  it('refuses a switch hidden after a bare --', () => {
    expect(refused('--', '--remote-debugging-port=9222')).toEqual(['--remote-debugging-port']);
  });

  it('lets a plain launch and the display and accessibility switches officers need through', () => {
    expect(refused()).toEqual([]);
    expect(
      refused(
        '--ozone-platform=wayland',
        '--ozone-platform-hint=auto',
        '--enable-features=UseOzonePlatform,WaylandWindowDecorations',
        '--enable-wayland-ime',
        '--disable-gpu',
        '--force-device-scale-factor=1.5',
        '--force-renderer-accessibility',
        '--lang=ar',
        '-psn_0_12345', // macOS Finder's process serial number
      ),
    ).toEqual([]);
  });

  it('is not fooled by names that exist on every object', () => {
    expect(refused('--constructor', '--__proto__', '--toString', '--hasOwnProperty')).toEqual([]);
  });

  it('names the option by its canonical spelling, never echoing the argument', () => {
    const result = refusedLaunchOptions([APP, '/Remote_Debugging_Port=9222', '--log-file=/home/amal/أمل.log'], {});
    expect(result).toEqual([
      { option: '--remote-debugging-port', risk: 'debugging' },
      { option: '--log-file', risk: 'logging' },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/9222|amal|أمل/);
  });

  it('refuses Electron logging from the environment, even when empty', () => {
    expect(refusedLaunchOptions([APP], { ELECTRON_ENABLE_LOGGING: '' })).toEqual([{ option: 'ELECTRON_ENABLE_LOGGING', risk: 'logging' }]);
    expect(refusedLaunchOptions([APP], { ELECTRON_LOG_FILE: '/tmp/e.log' })).toEqual([{ option: 'ELECTRON_LOG_FILE', risk: 'logging' }]);
  });

  it('leaves variables that fuses neutralise or that carry no data', () => {
    expect(refusedLaunchOptions([APP], { ELECTRON_RUN_AS_NODE: '1', NODE_OPTIONS: '--inspect', ELECTRON_ENABLE_STACK_DUMPING: '1', HOME: '/home/x' })).toEqual([]);
  });
});

describe('refusedRisks', () => {
  it('lists each kind once, in a fixed order', () => {
    const result = refusedLaunchOptions([APP, '--proxy-server=x', '--no-sandbox', '--inspect', '--remote-debugging-pipe'], { ELECTRON_ENABLE_LOGGING: '1' });
    expect(refusedRisks(result)).toEqual(['debugging', 'isolation', 'logging', 'network']);
    expect(refusedRisks([])).toEqual([]);
  });
});

describe('isDeveloperLaunch', () => {
  it('is Electron’s own binary on the source tree', () => {
    expect(isDeveloperLaunch({ isPackaged: false, appPath: '/home/dev/fieldnotes' })).toBe(true);
    expect(isDeveloperLaunch({ isPackaged: false, appPath: 'C:\\src\\fieldnotes' })).toBe(true);
  });

  it('is never the installed archive, even from a copy whose binary was renamed to "electron"', () => {
    expect(isDeveloperLaunch({ isPackaged: true, appPath: '/opt/Fieldnotes/resources/app.asar' })).toBe(false);
    expect(isDeveloperLaunch({ isPackaged: false, appPath: '/home/x/.cache/copy/resources/app.asar' })).toBe(false);
    expect(isDeveloperLaunch({ isPackaged: false, appPath: 'C:\\Users\\x\\AppData\\Local\\Temp\\f\\resources\\APP.ASAR' })).toBe(false);
    expect(isDeveloperLaunch({ isPackaged: true, appPath: '/home/dev/fieldnotes' })).toBe(false);
  });
});
