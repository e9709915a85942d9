import { ERROR_CODES, type AppErrorData, type IpcResult } from '../../../shared/errors';
import { BRIDGE_GLOBAL, type AppEvent, type Channel } from '../../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { parseEventPayload, type EventPayload } from '../../../shared/ipc/events';

/** Exactly what the preload exposes; nothing else of the main process is reachable. */
interface Bridge {
  invoke(channel: Channel, payload: unknown): Promise<IpcResult<unknown>>;
  dropFile(file: File): Promise<IpcResult<unknown>>;
  on(event: AppEvent, cb: (payload: unknown) => void): () => void;
}

/** A failed call, carrying the closed-list error data the main process sent. */
export class IpcError extends Error {
  readonly data: AppErrorData;

  constructor(data: AppErrorData) {
    super(data.code);
    this.name = 'IpcError';
    this.data = data;
  }
}

export function isIpcError(value: unknown): value is IpcError {
  return value instanceof IpcError;
}

/** Turns anything thrown into error data the UI can translate; unknown failures are INTERNAL. */
export function toErrorData(caught: unknown): AppErrorData {
  return isIpcError(caught) ? caught.data : { code: 'INTERNAL', message: 'unexpected renderer error' };
}

function bridge(): Bridge {
  const api = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_GLOBAL];
  if (!api) throw new IpcError({ code: 'INTERNAL', message: 'preload bridge missing' });
  return api;
}

function isErrorData(value: unknown): value is AppErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

/**
 * The renderer's one door to the main process. The main process validated the output against
 * the contract before sending it, so the value is trusted to have the contract's shape; a
 * malformed error is reported as INTERNAL rather than shown.
 */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  return unwrap<C>(await bridge().invoke(channel, input));
}

function unwrap<C extends Channel>(result: IpcResult<unknown>): ChannelOutput<C> {
  if (result.ok) return result.value as ChannelOutput<C>;
  throw new IpcError(isErrorData(result.error) ? result.error : { code: 'INTERNAL', message: 'malformed error' });
}

/**
 * A file dropped on the window, as a token and what it carries: the preload reads its path and
 * asks main (attachment:drop, which the page itself cannot send); the page never sees the path.
 */
export async function chooseDroppedFile(file: File): Promise<ChannelOutput<'attachment:drop'>> {
  return unwrap<'attachment:drop'>(await bridge().dropFile(file));
}

/**
 * Subscribes to a main-process event; returns the unsubscribe function. A payload that is not
 * what the event carries (shared/ipc/events.ts) is dropped, never handed on.
 */
export function onEvent<E extends AppEvent>(event: E, cb: (payload: EventPayload<E>) => void): () => void {
  return bridge().on(event, (payload) => {
    const parsed = parseEventPayload(event, payload);
    if (parsed.ok) cb(parsed.value);
  });
}
