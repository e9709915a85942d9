import { session, type Session } from 'electron';
import { securityEvent } from './log';
import type { OpenForServing } from '../core/attachments/http';
import { serveAppProtocol } from './protocol';
import { decideDevicePermission, decidePermission } from './security/permissions';
import { decideRequest } from './security/request-filter';
import { SESSION_PARTITION } from './security/web-preferences';

/** Blocks every request the pure filter refuses, and denies every permission, on one session. */
function lockDown(ses: Session, allowDevtools: boolean): void {
  ses.webRequest.onBeforeRequest((details, callback) => {
    const decision = decideRequest(details.url, { allowDevtools });
    if (decision === 'block') securityEvent(`blocked ${details.resourceType} request to ${describeUrl(details.url)}`);
    callback({ cancel: decision === 'block' });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(decidePermission({ permission, requestingOrigin: details.requestingUrl }));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => decidePermission({ permission, requestingOrigin }));
  ses.setDevicePermissionHandler(() => decideDevicePermission());
  ses.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback('');
  });
  ses.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  ses.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  ses.on('will-download', (event) => event.preventDefault());
  // Spell checking is off in webPreferences; also keep the dictionary downloader pointed nowhere.
  ses.setSpellCheckerEnabled(false);
  try {
    // Never fetched (spell checking is off, and the request filter would block it anyway).
    ses.setSpellCheckerDictionaryDownloadURL('app://fieldnotes/no-dictionaries/');
  } catch {
    securityEvent('could not repoint the spell-checker dictionary URL (spell checking stays off)');
  }
  ses.setProxy({ mode: 'direct' }).catch(() => undefined);
}

/** Only the scheme of a blocked URL reaches the log: a host, path or query could come from note text. */
function describeUrl(url: string): string {
  try {
    return `${new URL(url).protocol}…`;
  } catch {
    return '(unparsable)';
  }
}

/**
 * The window's in-memory session (no `persist:`), and the default session locked down the same
 * way in case anything ever uses it. `allowDevtools` only for a developer launch
 * (launch-guard.ts). Call after `ready`.
 */
export function createAppSession(rendererRoot: string, allowDevtools: boolean, openAttachment: OpenForServing): Session {
  const ses = session.fromPartition(SESSION_PARTITION, { cache: false });
  lockDown(ses, allowDevtools);
  lockDown(session.defaultSession, allowDevtools);
  serveAppProtocol(ses, rendererRoot, openAttachment);
  return ses;
}
