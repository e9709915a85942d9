import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elapsedMs, systemClock, UNPROVEN_WALL_TIME_CAP_MS, type ClockReading } from '../../../electron/core/vault/boot-clock';

const at = (wallMs: number, id: string | null, uptimeMs: number): ClockReading => ({ wallMs, boot: { id, uptimeMs } });

describe('systemClock', () => {
  it.runIf(existsSync('/proc/sys/kernel/random/boot_id'))("reads Linux's boot id and the kernel's time since boot", () => {
    const reading = systemClock();
    expect(reading.boot.id).toBe(readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim());
    const procUptimeMs = Number.parseFloat(readFileSync('/proc/uptime', 'utf8')) * 1000;
    expect(Math.abs(reading.boot.uptimeMs - procUptimeMs)).toBeLessThan(60_000);
  });

  it('never runs backwards within a boot', () => {
    const first = systemClock();
    const second = systemClock();
    expect(second.boot.uptimeMs).toBeGreaterThanOrEqual(first.boot.uptimeMs);
  });
});

describe('elapsedMs', () => {
  it('within one boot, follows the boot clock whatever the wall clock says', () => {
    expect(elapsedMs(at(0, 'a', 1000), at(86_400_000, 'a', 3000))).toBe(2000);
    expect(elapsedMs(at(86_400_000, 'a', 1000), at(0, 'a', 3000))).toBe(2000);
  });

  it('across a reboot, counts the time since boot plus what the wall clock claims, up to the cap', () => {
    expect(elapsedMs(at(0, 'a', 9_000_000), at(20_000, 'b', 5_000))).toBe(20_000);
    expect(elapsedMs(at(0, 'a', 9_000_000), at(86_400_000, 'b', 5_000))).toBe(5_000 + UNPROVEN_WALL_TIME_CAP_MS);
    expect(elapsedMs(at(86_400_000, 'a', 9_000_000), at(0, 'b', 5_000))).toBe(5_000);
  });
});
