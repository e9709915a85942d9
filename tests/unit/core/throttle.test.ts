import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClockReading } from '../../../electron/core/vault/boot-clock';
import { UnlockThrottle, writeZeroThrottleState, type ThrottleOptions } from '../../../electron/core/vault/throttle';

const dir = () => mkdtempSync(join(tmpdir(), 'fieldnotes-throttle-'));

/** A settable pair of clocks: the wall clock anyone can move, and the boot clock only time moves. */
function fakeClock(bootId: string | null = 'boot-1') {
  const reading: ClockReading = { wallMs: 1_800_000_000_000, boot: { id: bootId, uptimeMs: 3_600_000 } };
  return {
    clock: () => structuredClone(reading),
    /** Real time passing: both clocks advance. */
    pass(ms: number) {
      reading.wallMs += ms;
      reading.boot.uptimeMs += ms;
    },
    setWall(ms: number) {
      reading.wallMs += ms;
    },
    reboot(id: string | null, uptimeMs: number, wallAdvanceMs: number) {
      reading.boot = { id, uptimeMs };
      reading.wallMs += wallAdvanceMs;
    },
  };
}

function throttleIn(folder: string, time: ReturnType<typeof fakeClock>, options: Partial<ThrottleOptions> = {}) {
  const file = join(folder, 'unlock-attempts.json');
  return { file, throttle: new UnlockThrottle(file, { required: true, clock: time.clock, ...options }) };
}

/** A new vault's counter, then `n` wrong passphrases, each tried as soon as allowed; the last one just now. */
async function failures(throttle: UnlockThrottle, file: string, time: ReturnType<typeof fakeClock>, n: number): Promise<void> {
  writeZeroThrottleState(file);
  for (let i = 0; i < n; i += 1) {
    const admission = await throttle.admit();
    if (!admission.admitted) throw new Error(`attempt ${i + 1} refused`);
    if (i < n - 1) time.pass(admission.retryAfterMsIfWrong);
  }
}

describe('UnlockThrottle', () => {
  it('allows three free attempts, then doubles from one second up to five minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 12, 30].map((n) => UnlockThrottle.delayFor(n))).toEqual([0, 0, 0, 1000, 2000, 4000, 300_000, 300_000]);
  });

  it('counts each admitted attempt as a failure before the passphrase is tried, and refuses the fourth', async () => {
    const time = fakeClock();
    const { file, throttle } = throttleIn(dir(), time);
    writeZeroThrottleState(file);
    const admissions = [await throttle.admit(), await throttle.admit(), await throttle.admit(), await throttle.admit()];
    expect(admissions).toEqual([
      { admitted: true, retryAfterMsIfWrong: 0 },
      { admitted: true, retryAfterMsIfWrong: 0 },
      { admitted: true, retryAfterMsIfWrong: 1000 },
      { admitted: false, retryAfterMs: 1000, reason: 'throttled' },
    ]);
    time.pass(1000);
    expect(await throttle.admit()).toEqual({ admitted: true, retryAfterMsIfWrong: 2000 });
  });

  it('forgets the failures on reset (a right passphrase) and keeps the file, written as zero', async () => {
    const time = fakeClock();
    const { file, throttle } = throttleIn(dir(), time);
    await failures(throttle, file, time, 5);
    throttle.reset();
    expect(throttle.check()).toEqual({ retryAfterMs: 0, reason: null });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ failures: 0, tampered: false });
  });

  it('treats a deleted counter file as tampering: the longest delay, reported as such, until a right passphrase', async () => {
    const time = fakeClock();
    const { file, throttle } = throttleIn(dir(), time);
    await failures(throttle, file, time, 2);
    rmSync(file);
    expect(throttle.check()).toEqual({ retryAfterMs: 300_000, reason: 'tampered' });
    expect(await throttle.admit()).toEqual({ admitted: false, retryAfterMs: 300_000, reason: 'tampered' });
    time.pass(299_999);
    expect(await throttle.admit()).toMatchObject({ admitted: false, reason: 'tampered', retryAfterMs: 1 });
    time.pass(1);
    expect(await throttle.admit()).toEqual({ admitted: true, retryAfterMsIfWrong: 300_000 });
    expect(await throttle.admit()).toMatchObject({ admitted: false, reason: 'tampered' });
    throttle.reset();
    expect(await throttle.admit()).toEqual({ admitted: true, retryAfterMsIfWrong: 0 });
  });

  it('treats an unreadable counter file as tampering too', async () => {
    const time = fakeClock();
    const { file, throttle } = throttleIn(dir(), time);
    writeFileSync(file, '{"failures": 0');
    expect(await throttle.admit()).toEqual({ admitted: false, retryAfterMs: 300_000, reason: 'tampered' });
  });

  it('a fresh process reading a tampered state keeps reporting tampering', async () => {
    const time = fakeClock();
    const folder = dir();
    const { file, throttle } = throttleIn(folder, time);
    writeZeroThrottleState(file);
    rmSync(file);
    await throttle.admit();
    expect(throttleIn(folder, time).throttle.check()).toMatchObject({ reason: 'tampered', retryAfterMs: 300_000 });
  });

  it('lets a legacy vault (required: false) start without a counter file', async () => {
    const time = fakeClock();
    const { throttle } = throttleIn(dir(), time, { required: false });
    expect(throttle.check()).toEqual({ retryAfterMs: 0, reason: null });
    expect(await throttle.admit()).toEqual({ admitted: true, retryAfterMsIfWrong: 0 });
  });

  it('reads the counter a previous version wrote without calling it tampering', () => {
    const time = fakeClock();
    const { file, throttle } = throttleIn(dir(), time);
    writeFileSync(file, JSON.stringify({ failures: 1, lastFailureAt: 5 }));
    expect(throttle.check()).toEqual({ retryAfterMs: 0, reason: null });
  });

  it('ignores a wall clock moved forward within the same boot', async () => {
    const time = fakeClock();
    const { file, throttle } = throttleIn(dir(), time);
    await failures(throttle, file, time, 5);
    time.setWall(24 * 3_600_000);
    expect(throttle.check()).toEqual({ retryAfterMs: 4000, reason: 'throttled' });
    time.pass(3000);
    expect(throttle.retryAfterMs()).toBe(1000);
  });

  it('never asks for more than the current delay when the clock goes back', async () => {
    const time = fakeClock();
    const { file, throttle } = throttleIn(dir(), time);
    await failures(throttle, file, time, 3);
    time.setWall(-24 * 3_600_000);
    expect(throttle.retryAfterMs()).toBe(1000);
  });

  it('after a reboot, counts the time since boot plus at most one minute of wall-clock claims', async () => {
    const time = fakeClock('boot-1');
    const { file, throttle } = throttleIn(dir(), time);
    await failures(throttle, file, time, 12); // five minutes
    time.reboot('boot-2', 30_000, 365 * 24 * 3_600_000); // and the date moved a year ahead
    expect(throttle.retryAfterMs()).toBe(300_000 - 30_000 - 60_000);
    time.pass(210_000);
    expect(throttle.retryAfterMs()).toBe(0);
  });

  it('after a reboot, credits honest waiting up to the cap', async () => {
    const time = fakeClock('boot-1');
    const { file, throttle } = throttleIn(dir(), time);
    await failures(throttle, file, time, 8); // 32 s
    time.reboot('boot-2', 10_000, 40_000);
    expect(throttle.retryAfterMs()).toBe(0);
  });

  it('without a boot id, a boot clock that went backwards is a reboot, and one that went on is the same boot', async () => {
    const time = fakeClock(null);
    const { file, throttle } = throttleIn(dir(), time);
    await failures(throttle, file, time, 12);
    time.setWall(24 * 3_600_000);
    expect(throttle.retryAfterMs()).toBe(300_000);
    time.reboot(null, 5_000, 0);
    expect(throttle.retryAfterMs()).toBe(300_000 - 5_000 - 60_000);
  });

  it('counts in memory when the counter file cannot be written (disk full, read-only folder)', async () => {
    const time = fakeClock();
    const { throttle } = throttleIn(join(dir(), 'missing-folder'), time, { required: false });
    for (let i = 0; i < 3; i += 1) await throttle.admit();
    expect(await throttle.admit()).toEqual({ admitted: false, retryAfterMs: 1000, reason: 'throttled' });
    time.pass(1000);
    expect(await throttle.admit()).toEqual({ admitted: true, retryAfterMsIfWrong: 2000 });
    expect(throttle.retryAfterMs()).toBe(2000);
  });

  it('does not let a counter file rewritten to zero undo failures this process has seen', async () => {
    const time = fakeClock();
    const { file, throttle } = throttleIn(dir(), time);
    await failures(throttle, file, time, 4);
    writeZeroThrottleState(file);
    expect(throttle.check()).toMatchObject({ retryAfterMs: 2000, reason: 'throttled' });
  });
});
