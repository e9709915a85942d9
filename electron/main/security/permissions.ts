import { isAppUrl } from './app-origin';

/**
 * Permission decisions. Threat: a camera, microphone, location, clipboard read, USB/serial/HID
 * or notification grant would let injected code watch the officer or read what they copied,
 * and a notification could show a defender's name on a locked screen.
 *
 * Nothing is granted today. A future feature that truly needs a permission adds it here, at
 * the moment it asks, with a test; until then the allow-list is empty on purpose.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

export interface PermissionQuery {
  /** Chromium's permission name, e.g. 'media', 'geolocation', 'clipboard-read', 'hid'. */
  permission: string;
  /** Origin of the asking frame, when Electron reports it. */
  requestingOrigin?: string;
}

/**
 * Used for both setPermissionRequestHandler and setPermissionCheckHandler. A permission is
 * granted only if it is on the allow-list AND asked for by the app's own origin.
 */
export function decidePermission(query: PermissionQuery): boolean {
  return GRANTED_PERMISSIONS.has(query.permission) && query.requestingOrigin !== undefined && isAppUrl(query.requestingOrigin);
}

/** Device pickers (HID, serial, USB, Bluetooth) never list a device. */
export function decideDevicePermission(): boolean {
  return false;
}
