import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { IpcResult } from '../../shared/errors';
import { BRIDGE_GLOBAL, isAppEvent, isChannel, type AppEvent, type Channel } from '../../shared/ipc/channels';

/**
 * The whole surface the page gets: invoke(channel, payload) for the contract's channels and
 * on(event, callback) for its events, whose payload the page validates (shared/ipc/events.ts:
 * zod cannot be bundled here). No ipcRenderer, no Node, no event object (it would carry
 * `sender`). Frozen, so page script cannot swap a method for its own.
 */
export interface FieldnotesBridge {
  invoke(channel: Channel, payload?: unknown): Promise<IpcResult<unknown>>;
  on(event: AppEvent, callback: (payload: unknown) => void): () => void;
}

const bridge: FieldnotesBridge = Object.freeze({
  invoke(channel: Channel, payload?: unknown): Promise<IpcResult<unknown>> {
    if (!isChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: 'Unknown channel.' } } as const);
    }
    return ipcRenderer.invoke(channel, payload) as Promise<IpcResult<unknown>>;
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
