import { isAppUrl } from './app-origin';

/** What the IPC wrapper knows about the frame that sent a message, as plain data. */
export interface SenderInfo {
  /** URL of the sending frame (event.senderFrame.url); '' when the frame is gone. */
  url: string;
  /** True when the sending frame is its page's main frame, not an iframe. */
  isMainFrame: boolean;
  /** webContents.id of the sender. */
  webContentsId: number;
}

export type SenderVerdict = { ok: true } | { ok: false; reason: 'unknown-window' | 'subframe' | 'foreign-origin' };

/**
 * Every IPC message passes this before its payload is even parsed. Threat: a subframe, a
 * window we did not create, or a page that somehow navigated away from the app must not reach
 * the vault API, even if it got hold of the bridge.
 */
export function checkSender(sender: SenderInfo, registeredWebContents: ReadonlySet<number>): SenderVerdict {
  if (!registeredWebContents.has(sender.webContentsId)) return { ok: false, reason: 'unknown-window' };
  if (!sender.isMainFrame) return { ok: false, reason: 'subframe' };
  if (!isAppUrl(sender.url)) return { ok: false, reason: 'foreign-origin' };
  return { ok: true };
}
