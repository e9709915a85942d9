import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { IpcResult } from '../../../shared/errors';
import { CHANNELS, type AppEvent } from '../../../shared/ipc/channels';
import { events, type EventPayload } from '../../../shared/ipc/events';
import type { HandlerContext } from '../../core/handlers/context';
import { dispatch, type IncidentLog } from '../../core/handlers/dispatch';
import { securityEvent } from '../log';
import { checkSender, type SenderInfo } from '../security/sender';

/**
 * The ONLY importer of ipcMain (a lint rule keeps it so). Every channel of the contract goes
 * through the same wrapper, in this order: sender check → dispatch (input schema → handler →
 * output schema → IpcResult). Nothing else is ever registered with ipcMain.
 */

/** The webContents ids of the windows we created; IPC from anything else is refused. */
const registered = new Set<number>();

export function registerWindow(win: BrowserWindow): void {
  const id = win.webContents.id;
  registered.add(id);
  win.on('closed', () => registered.delete(id));
}

function senderInfo(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return {
    url: frame?.url ?? '',
    isMainFrame: frame !== null && frame.parent === null && frame === event.sender.mainFrame,
    webContentsId: event.sender.id,
  };
}

export function registerIpc(ctx: HandlerContext, log: IncidentLog): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<IpcResult<unknown>> => {
      const verdict = checkSender(senderInfo(event), registered);
      if (!verdict.ok) {
        securityEvent(`refused IPC on ${channel}: ${verdict.reason}`);
        return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'This request was refused.' } };
      }
      return dispatch(ctx, channel, payload, log);
    });
  }
}

/**
 * Pushes an event to every registered window. The payload is checked against the event's
 * schema first, as a reply is against its output schema: the schema is the allow-list of what
 * may reach the renderer, and a mismatch is a bug in main, thrown here.
 */
export function broadcast<E extends AppEvent>(event: E, ...[payload]: EventPayload<E> extends undefined ? [] : [EventPayload<E>]): void {
  const checked: unknown = events[event].parse(payload);
  for (const win of BrowserWindow.getAllWindows()) {
    if (!win.isDestroyed() && registered.has(win.webContents.id)) win.webContents.send(event, checked);
  }
}
