import { describe, expect, it } from 'vitest';
import { IdleLock, type IdleLockOptions, type IntervalTimers } from '../../../electron/main/security/idle-lock';
import { IDLE_POLL_MS } from '../../../electron/main/security/lock-policy';

/** A manual interval: `tick()` runs every live callback once, as one poll would. */
function manualTimers() {
  const live = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  const timers: IntervalTimers = {
    every: (callback, ms) => (live.set(++next, { callback, ms }), next),
    cancel: (handle) => live.delete(handle as number),
  };
  return { timers, live, tick: () => [...live.values()].forEach((t) => t.callback()) };
}

function setup(overrides: Partial<IdleLockOptions> = {}) {
  const state = { idle: 0, minutes: 5, unlocked: true, locks: 0 };
  const clock = manualTimers();
  const idleLock = new IdleLock({
    idleSeconds: () => state.idle,
    idleLockMinutes: () => state.minutes,
    isUnlocked: () => state.unlocked,
    lock: () => {
      state.locks += 1;
      state.unlocked = false;
    },
    pollMs: 1000,
    timers: clock.timers,
    ...overrides,
  });
  return { state, clock, idleLock };
}

describe('IdleLock', () => {
  it('locks on the first poll at or past the limit, and not before', () => {
    const { state, clock, idleLock } = setup();
    idleLock.start();
    state.idle = 299;
    clock.tick();
    expect(state.locks).toBe(0);
    state.idle = 300;
    clock.tick();
    expect(state.locks).toBe(1);
  });

  it('reads the limit on every poll, so a change in Settings applies at once', () => {
    const { state, clock, idleLock } = setup();
    idleLock.start();
    state.idle = 90;
    clock.tick();
    expect(state.locks).toBe(0);
    state.minutes = 1;
    clock.tick();
    expect(state.locks).toBe(1);
  });

  it('does nothing while locked (no repeated lock calls)', () => {
    const { state, clock, idleLock } = setup();
    state.unlocked = false;
    state.idle = 10_000;
    idleLock.start();
    clock.tick();
    clock.tick();
    expect(state.locks).toBe(0);
  });

  it('fails closed: an idle source that throws or answers nonsense locks', () => {
    const throwing = setup({
      idleSeconds: () => {
        throw new Error('no idle time on this desktop');
      },
    });
    expect(throwing.idleLock.check()).toBe(true);
    const nonsense = setup({ idleSeconds: () => Number.NaN });
    expect(nonsense.idleLock.check()).toBe(true);
    const badLimit = setup({ idleLockMinutes: () => 0 });
    expect(badLimit.idleLock.check()).toBe(true);
  });

  it('polls at the given interval, starts once, and stops', () => {
    const { clock, idleLock } = setup();
    idleLock.start();
    idleLock.start();
    expect(clock.live.size).toBe(1);
    expect([...clock.live.values()][0]?.ms).toBe(1000);
    expect(idleLock.running).toBe(true);
    idleLock.stop();
    expect(clock.live.size).toBe(0);
    expect(idleLock.running).toBe(false);
  });

  it('defaults to the policy poll interval and refuses a nonsense one', () => {
    const clock = manualTimers();
    const base = { idleSeconds: () => 0, idleLockMinutes: () => 5, isUnlocked: () => true, lock: () => undefined, timers: clock.timers };
    new IdleLock(base).start();
    expect([...clock.live.values()][0]?.ms).toBe(IDLE_POLL_MS);
    expect(() => new IdleLock({ ...base, pollMs: 0 })).toThrow(RangeError);
    expect(() => new IdleLock({ ...base, pollMs: Number.NaN })).toThrow(RangeError);
  });

  it('runs on real timers too (unref’d, so it never holds the process open)', async () => {
    let locked = false;
    const idleLock = new IdleLock({ idleSeconds: () => 301, idleLockMinutes: () => 5, isUnlocked: () => !locked, lock: () => (locked = true), pollMs: 5 });
    idleLock.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    idleLock.stop();
    expect(locked).toBe(true);
  });
});
