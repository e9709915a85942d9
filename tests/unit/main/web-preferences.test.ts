import { describe, expect, it } from 'vitest';
import { CHROMIUM_SWITCHES, SESSION_PARTITION, WINDOW_TITLE } from '../../../electron/main/security/web-preferences';

// The webPreferences values themselves are pinned by the HardenedWebPreferences type (literal
// types, `satisfies` in window.ts: a weakened value does not compile) and by Electronegativity.
describe('window and Chromium settings', () => {
  it('uses an in-memory session', () => {
    expect(SESSION_PARTITION.startsWith('persist:')).toBe(false);
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
