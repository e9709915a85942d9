import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { BRIDGE_GLOBAL, EVENTS, type AppEvent } from '../../../shared/ipc/channels';
import { events, parseEventPayload } from '../../../shared/ipc/events';
import { onEvent } from '../../../renderer/src/ipc/client';

const progress = { jobId: randomUUID(), kind: 'search-index', done: 500, total: 1100, unit: 'items', state: 'running' };

describe('event payloads', () => {
  it('every event has a schema', () => {
    expect(Object.keys(events).sort()).toEqual([...EVENTS].sort());
  });

  it('accepts a job step as main sends it', () => {
    expect(parseEventPayload('job:progress', progress)).toEqual({ ok: true, value: progress });
    expect(parseEventPayload('job:progress', { ...progress, state: 'failed', message: 'The disk is full.' }).ok).toBe(true);
  });

  it.each([
    ['no payload', undefined],
    ['a missing count', { ...progress, total: undefined }],
    ['a negative count', { ...progress, done: -1 }],
    ['a fractional count', { ...progress, done: 1.5 }],
    ['an unknown state', { ...progress, state: 'paused' }],
    ['an unknown kind', { ...progress, kind: 'mine-bitcoin' }],
    ['an unknown unit', { ...progress, unit: 'notes' }],
    ['a job id that is not one', { ...progress, jobId: '../../etc' }],
    ['an extra field (a title would leak)', { ...progress, title: 'Meeting with a defender' }],
    ['an overlong message', { ...progress, message: 'x'.repeat(501) }],
  ])('refuses a job step with %s', (_why, payload) => {
    expect(parseEventPayload('job:progress', payload).ok).toBe(false);
  });

  it('refuses a payload on the vault events, which carry none', () => {
    expect(parseEventPayload('vault:locked', undefined).ok).toBe(true);
    expect(parseEventPayload('vault:locked', { reason: 'idle' }).ok).toBe(false);
    expect(parseEventPayload('vault:lock-requested', 'now').ok).toBe(false);
  });
});

describe("the renderer's listener", () => {
  const scope = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete scope.window;
  });

  /** A stand-in for the preload's `on`, so the test can push any payload at the page. */
  function fakeBridge(): { push(event: AppEvent, payload: unknown): void } {
    const listeners = new Map<string, (payload: unknown) => void>();
    scope.window = { [BRIDGE_GLOBAL]: { on: (event: string, cb: (payload: unknown) => void) => (listeners.set(event, cb), () => undefined) } };
    return { push: (event, payload) => listeners.get(event)?.(payload) };
  }

  it('hands on a payload that matches and drops one that does not', () => {
    const bridge = fakeBridge();
    const received: unknown[] = [];
    onEvent('job:progress', (update) => received.push(update));
    bridge.push('job:progress', { ...progress, done: 'all' });
    bridge.push('job:progress', { ...progress, extra: true });
    bridge.push('job:progress', progress);
    expect(received).toEqual([progress]);
  });
});
