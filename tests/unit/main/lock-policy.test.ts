import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../../shared/domain/preferences';
import { IDLE_POLL_MS, LOCK_EVENTS, shouldIdleLock } from '../../../electron/main/security/lock-policy';

describe('shouldIdleLock', () => {
  it('locks at the officer’s limit (default 5 minutes) and not before', () => {
    expect(DEFAULT_PREFERENCES.idleLockMinutes).toBe(5);
    expect(shouldIdleLock(299, 5)).toBe(false);
    expect(shouldIdleLock(300, 5)).toBe(true);
    expect(shouldIdleLock(3600, 5)).toBe(true);
    expect(shouldIdleLock(0, 1)).toBe(false);
    expect(shouldIdleLock(60, 1)).toBe(true);
  });

  it('fails closed on nonsense inputs', () => {
    expect(shouldIdleLock(Number.NaN, 5)).toBe(true);
    expect(shouldIdleLock(10, 0)).toBe(true);
    expect(shouldIdleLock(10, Number.POSITIVE_INFINITY)).toBe(true);
  });

  it('polls often enough that the lock is at most 15 s late', () => {
    expect(IDLE_POLL_MS).toBeLessThanOrEqual(15_000);
  });

  it('locks on suspend, screen lock, user switch and shutdown', () => {
    expect([...LOCK_EVENTS].sort()).toEqual(['lock-screen', 'shutdown', 'suspend', 'user-did-resign-active']);
  });
});
