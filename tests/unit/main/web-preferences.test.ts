import { describe, expect, it } from 'vitest';
import { CHROMIUM_SWITCHES, hardenedWebPreferences, SESSION_PARTITION, WINDOW_TITLE } from '../../../electron/main/security/web-preferences';

describe('hardenedWebPreferences', () => {
  const prefs = hardenedWebPreferences({ preloadPath: '/app/out/preload/index.cjs', devTools: false });

  it('pins every item of Electron’s security checklist that lives in webPreferences', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
  });

  it('uses an in-memory session', () => {
    expect(prefs.partition).toBe(SESSION_PARTITION);
    expect(prefs.partition.startsWith('persist:')).toBe(false);
  });

  it('keeps a fixed window title', () => {
    expect(WINDOW_TITLE).toBe('Fieldnotes');
  });

  it('maps every host name to NOTFOUND and turns off DNS prefetch', () => {
    const switches = new Map(CHROMIUM_SWITCHES.map(([name, value]) => [name, value]));
    expect(switches.get('host-resolver-rules')).toBe('MAP * ~NOTFOUND');
    expect(switches.has('dns-prefetch-disable')).toBe(true);
    expect(switches.get('disable-features')).toContain('NetworkPrediction');
  });
});
