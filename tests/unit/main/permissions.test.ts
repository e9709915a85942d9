import { describe, expect, it } from 'vitest';
import { decideDevicePermission, decidePermission, GRANTED_PERMISSIONS } from '../../../electron/main/security/permissions';

// Electron's permission names (session.setPermissionRequestHandler / setPermissionCheckHandler).
const ELECTRON_PERMISSIONS = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'window-management',
  'unknown',
  'fileSystem',
  'hid',
  'serial',
  'usb',
  'deprecated-sync-clipboard-read',
  'persistent-storage',
  'background-sync',
];

describe('decidePermission', () => {
  it('grants nothing today', () => {
    expect(GRANTED_PERMISSIONS.size).toBe(0);
  });

  it.each(ELECTRON_PERMISSIONS)('denies %s, even to the app’s own origin', (permission) => {
    expect(decidePermission({ permission, requestingOrigin: 'app://fieldnotes/' })).toBe(false);
    expect(decidePermission({ permission, requestingOrigin: 'https://evil.example/' })).toBe(false);
    expect(decidePermission({ permission })).toBe(false);
  });

  it('never offers a HID, serial or USB device', () => {
    expect(decideDevicePermission()).toBe(false);
  });
});
