import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { dispatch, type IncidentLog } from '../../../electron/core/handlers/dispatch';
import type { HandlerContext } from '../../../electron/core/handlers/context';
import { BRIDGE_GLOBAL, CHANNELS, EVENTS, isPageChannel, type AppEvent } from '../../../shared/ipc/channels';
import { events as eventSchemas, type EventPayload } from '../../../shared/ipc/events';

const RAW_BINDING = '__fieldnotesTestBridge';

interface PushedEvent {
  event: AppEvent;
  payload: unknown;
}

/** Events held for a page between two polls; more than this and the oldest go (a page that stopped polling). */
const HELD_EVENTS_MAX = 1000;

/**
 * Long-poll hub: the page waits for the next main-process event through the binding. Once the
 * page polls, events that come while it handles the previous one are held for its next poll, as
 * Electron queues what webContents.send sends: a job's last steps come in a burst, and a lost
 * 'done' would leave the page waiting for ever.
 */
class EventHub {
  private waiters: ((pushed: PushedEvent) => void)[] = [];
  private held: PushedEvent[] = [];
  private polled = false;

  next(): Promise<PushedEvent> {
    this.polled = true;
    const first = this.held.shift();
    if (first) return Promise.resolve(first);
    return new Promise((resolveEvent) => this.waiters.push(resolveEvent));
  }

  /** As main's broadcast(): the payload is checked against the event's schema before it is sent. */
  emit<E extends AppEvent>(event: E, payload?: EventPayload<E>): void {
    const pushed = { event, payload: eventSchemas[event].parse(payload) as unknown };
    if (this.waiters.length === 0) {
      if (this.polled) this.held = [...this.held, pushed].slice(-HELD_EVENTS_MAX);
      return;
    }
    for (const waiter of this.waiters.splice(0)) waiter(pushed);
  }
}

interface InitArgs {
  binding: string;
  global: string;
  channels: readonly string[];
  events: readonly string[];
}

/**
 * Runs in the page before any of its scripts, on every navigation. It takes the raw binding
 * away from page script and installs a frozen `window.fieldnotes` with exactly the preload's
 * shape and allow-list, cloning results as Electron IPC would.
 */
function installPageBridge({ binding, global, channels, events }: InitArgs): void {
  const scope = globalThis as unknown as Record<string, unknown>;
  const raw = scope[binding] as (kind: string, ...args: unknown[]) => Promise<unknown>;
  delete scope[binding];
  const subscribers = new Map<string, Set<(payload: unknown) => void>>();
  let polling = false;

  const poll = async (): Promise<void> => {
    for (;;) {
      const { event, payload } = (await raw('wait-event')) as { event: string; payload: unknown };
      // Each listener gets its own copy, as each ipcRenderer listener gets its own deserialised one.
      for (const cb of [...(subscribers.get(event) ?? [])]) cb(structuredClone(payload));
    }
  };

  const api = Object.freeze({
    invoke(channel: unknown, payload?: unknown): Promise<unknown> {
      if (typeof channel !== 'string' || !channels.includes(channel)) {
        return Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: 'Unknown channel.' } });
      }
      // As JSON text: Playwright's binding walks an object in page script, which took 50–100 ms
      // of the page's main thread for a long hearing where Electron's native structured clone
      // takes about 1 ms; JSON.stringify and JSON.parse are native too. Every payload and result
      // is JSON data (the contract's zod schemas), so nothing is lost on the way.
      return raw('invoke', channel, payload === undefined ? undefined : JSON.stringify(payload)).then((result) => JSON.parse(result as string) as unknown);
    },
    // As the preload's: the file's bytes go to the harness (standing in for the disk a dropped
    // file is on), never a path to the page, and the page gets back only what 'attachment:drop' answers.
    async dropFile(file: unknown): Promise<unknown> {
      if (!(file instanceof File)) return { ok: false, error: { code: 'INVALID_INPUT', message: 'Only a file from this computer can be dropped.' } };
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
      return raw('drop-file', file.name, btoa(binary)).then((result) => structuredClone(result));
    },
    on(event: unknown, callback: unknown): () => void {
      if (typeof event !== 'string' || !events.includes(event) || typeof callback !== 'function') {
        throw new TypeError('Unknown event.');
      }
      const listener = (payload: unknown) => void (callback as (payload: unknown) => void)(payload);
      const set = subscribers.get(event) ?? new Set();
      set.add(listener);
      subscribers.set(event, set);
      if (!polling) {
        polling = true;
        void poll();
      }
      return () => {
        set.delete(listener);
      };
    },
  });
  Object.defineProperty(globalThis, global, { value: api, writable: false, configurable: false, enumerable: false });

  // Any CSP or Trusted Types violation is reported to the test through the console.
  // The page's document (this function runs in the page; the tests' own types have no DOM).
  const page = globalThis as unknown as {
    document: { addEventListener(type: 'securitypolicyviolation', listener: (e: { violatedDirective: string; blockedURI: string; sourceFile: string; lineNumber: number; columnNumber: number; sample: string }) => void): void };
  };
  page.document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`[csp-violation] ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`);
  });
}

export interface InstalledBridge {
  /** Pushes an event to the page, as main's broadcast() does. */
  emit<E extends AppEvent>(event: E, payload?: EventPayload<E>): void;
  unsubscribe(): void;
}

/** Wires a real HandlerContext to the page: dispatch for calls, ctx.vault.onLock for events. */
export async function installBridge(context: BrowserContext, ctx: HandlerContext, log: IncidentLog): Promise<InstalledBridge> {
  const hub = new EventHub();
  const unsubscribeLock = ctx.vault.onLock(() => hub.emit('vault:locked'));
  const unsubscribeJobs = ctx.vault.jobs.onProgress((update) => hub.emit('job:progress', update));
  const dropped = mkdtempSync(join(tmpdir(), 'fieldnotes-e2e-dropped-'));
  await context.exposeBinding(RAW_BINDING, (_source, kind: unknown, channel: unknown, payload: unknown) => {
    if (kind === 'wait-event') return hub.next();
    if (kind === 'invoke') {
      const answer = isPageChannel(channel) ? dispatch(ctx, channel, typeof payload === 'string' ? (JSON.parse(payload) as unknown) : payload, log) : Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: 'Unknown channel.' } });
      return answer.then((result) => JSON.stringify(result));
    }
    if (kind === 'drop-file' && typeof channel === 'string' && typeof payload === 'string') {
      // Its own folder per drop, so the file keeps its name as a file on the officer's disk does.
      const folder = mkdtempSync(join(dropped, 'file-'));
      const path = join(folder, basename(channel) || 'file');
      writeFileSync(path, Buffer.from(payload, 'base64'));
      return dispatch(ctx, 'attachment:drop', { path }, log);
    }
    return { ok: false, error: { code: 'INVALID_INPUT', message: 'Unknown bridge call.' } };
  });
  await context.addInitScript(installPageBridge, {
    binding: RAW_BINDING,
    global: BRIDGE_GLOBAL,
    channels: CHANNELS.filter(isPageChannel),
    events: [...EVENTS],
  } satisfies InitArgs);
  return {
    emit: (event, payload) => hub.emit(event, payload),
    unsubscribe: () => {
      unsubscribeLock();
      unsubscribeJobs();
      rmSync(dropped, { recursive: true, force: true });
    },
  };
}
