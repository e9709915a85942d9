import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnlockThrottle } from '../../../electron/core/vault/throttle';

const dir = () => mkdtempSync(join(tmpdir(), 'fieldnotes-throttle-'));

describe('UnlockThrottle', () => {
  it('allows three free attempts, then doubles from one second up to five minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 12, 30].map((n) => UnlockThrottle.delayFor(n))).toEqual([0, 0, 0, 1000, 2000, 4000, 300_000, 300_000]);
  });

  it('counts in memory when the counter file cannot be written (disk full, read-only folder)', () => {
    let now = 1_000_000;
    const throttle = new UnlockThrottle(join(dir(), 'missing-folder', 'unlock-attempts.json'), () => now);
    for (let i = 0; i < 4; i += 1) throttle.recordFailure();
    expect(throttle.retryAfterMs()).toBe(2000);
    now += 2000;
    expect(throttle.retryAfterMs()).toBe(0);
  });

  it('never asks for more than the current delay when the clock goes back', () => {
    let now = 10_000_000;
    const throttle = new UnlockThrottle(join(dir(), 'unlock-attempts.json'), () => now);
    for (let i = 0; i < 3; i += 1) throttle.recordFailure();
    now -= 24 * 3_600_000;
    expect(throttle.retryAfterMs()).toBe(1000);
  });

  it('forgets everything on reset (a successful unlock)', () => {
    const throttle = new UnlockThrottle(join(dir(), 'unlock-attempts.json'));
    for (let i = 0; i < 5; i += 1) throttle.recordFailure();
    throttle.reset();
    expect(throttle.retryAfterMs()).toBe(0);
  });
});
