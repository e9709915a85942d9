import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { IpcResult } from '../../shared/errors';
import { BRIDGE_GLOBAL, isAppEvent, isPageChannel, type AppEvent, type Channel } from '../../shared/ipc/channels';

/**
 * The whole surface the page gets: invoke(channel, payload) for the contract's channels,
 * dropFile(file) for a file dropped on the window, and on(event, callback) for its events,
 * whose payload the page validates (shared/ipc/events.ts: zod cannot be bundled here). No ipcRenderer, no Node, no event object (it would carry
 * `sender`). Frozen, so page script cannot swap a method for its own.
 */
export interface FieldnotesBridge {
  invoke(channel: Channel, payload?: unknown): Promise<IpcResult<unknown>>;
  /** A token and preview for a dropped file: its path is read and sent here, never handed to the page. */
  dropFile(file: File): Promise<IpcResult<unknown>>;
  on(event: AppEvent, callback: (payload: unknown) => void): () => void;
}

/** '' for anything but a File read from disk: page script can make a File, never one with a path. */
function pathOnDisk(file: unknown): string {
  try {
    return webUtils.getPathForFile(file as File);
  } catch {
    return '';
  }
}

const bridge: FieldnotesBridge = Object.freeze({
  invoke(channel: Channel, payload?: unknown): Promise<IpcResult<unknown>> {
    if (!isPageChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: 'Unknown channel.' } } as const);
    }
    return ipcRenderer.invoke(channel, payload) as Promise<IpcResult<unknown>>;
  },
  dropFile(file: File): Promise<IpcResult<unknown>> {
    const path = pathOnDisk(file);
    if (path === '') return Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: 'Only a file from this computer can be dropped.' } } as const);
    return ipcRenderer.invoke('attachment:drop', { path }) as Promise<IpcResult<unknown>>;
  },
  on(event: AppEvent, callback: (payload: unknown) => void): () => void {
    if (!isAppEvent(event) || typeof callback !== 'function') throw new TypeError('Unknown event.');
    const listener = (_event: IpcRendererEvent, payload: unknown): void => callback(payload);
    ipcRenderer.on(event, listener);
    return () => {
      ipcRenderer.removeListener(event, listener);
    };
  },
});

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
