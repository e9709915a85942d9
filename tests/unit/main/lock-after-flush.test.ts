import { describe, expect, it } from 'vitest';
import { createLockAfterFlush, type OneShotTimers } from '../../../electron/main/security/lock-after-flush';

/** A manual one-shot timer: `fire()` runs whatever is still pending, as the wait running out would. */
function manualTimers() {
  const live = new Map<number, () => void>();
  let next = 0;
  const timers: OneShotTimers = {
    after: (callback) => (live.set(++next, callback), next),
    cancel: (handle) => live.delete(handle as number),
  };
  return { timers, live, fire: () => [...live.values()].forEach((callback) => callback()) };
}

function setup() {
  const state = { unlocked: true, locks: 0, asks: 0, done: 0 };
  const listeners = new Set<() => void>();
  const lock = () => {
    state.locks += 1;
    const wasUnlocked = state.unlocked;
    state.unlocked = false;
    if (wasUnlocked) for (const listener of listeners) listener();
  };
  const clock = manualTimers();
  const lockSoon = createLockAfterFlush({
    isUnlocked: () => state.unlocked,
    askPageToFlush: () => (state.asks += 1),
    onLocked: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    lock,
    timers: clock.timers,
  });
  return { state, clock, listeners, lock, lockSoon, done: () => (state.done += 1) };
}

describe('createLockAfterFlush', () => {
  it('asks the page first and does not lock again when the page locks after its flush', () => {
    const { state, clock, listeners, lock, lockSoon, done } = setup();
    lockSoon(done);
    expect(state).toMatchObject({ asks: 1, locks: 0, unlocked: true });
    lock(); // the page's vault:lock, after writing its draft
    expect(state).toMatchObject({ locks: 1, unlocked: false, done: 1 });
    expect(clock.live.size).toBe(0);
    expect(listeners.size).toBe(0);
  });

  it('locks by itself when the page does not answer within the wait', () => {
    const { state, clock, lockSoon, done } = setup();
    lockSoon(done);
    clock.fire();
    expect(state).toMatchObject({ asks: 1, locks: 1, unlocked: false, done: 1 });
  });

  it('locks at once, without asking, when nothing is unlocked (an unlock in flight must see it)', () => {
    const { state, clock, lockSoon, done } = setup();
    state.unlocked = false;
    lockSoon(done);
    expect(state).toMatchObject({ asks: 0, locks: 1, done: 1 });
    expect(clock.live.size).toBe(0);
  });

  it('folds a second request during the wait into the same lock', () => {
    const { state, clock, lockSoon, done } = setup();
    lockSoon(done);
    lockSoon(done);
    expect(state.asks).toBe(1);
    clock.fire();
    expect(state).toMatchObject({ locks: 1, done: 2 });
  });

  it('locks at once when the page cannot be asked', () => {
    const state = { unlocked: true, locks: 0 };
    const clock = manualTimers();
    const lockSoon = createLockAfterFlush({
      isUnlocked: () => state.unlocked,
      askPageToFlush: () => {
        throw new Error('window gone');
      },
      onLocked: () => () => undefined,
      lock: () => {
        state.locks += 1;
        state.unlocked = false;
      },
      timers: clock.timers,
    });
    lockSoon();
    expect(state).toMatchObject({ locks: 1, unlocked: false });
    expect(clock.live.size).toBe(0);
  });
});
