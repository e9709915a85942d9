import { readFileSync } from 'node:fs';
import { uptime } from 'node:os';
import { z } from 'zod';

/**
 * When something happened, by two clocks. The wall clock can be moved forward by whoever sits
 * at the laptop (date settings, faketime), which would make a throttle's delay pass at once.
 * The boot clock (time since boot, suspend included) is kept by the kernel and cannot be set
 * without root; it restarts at every boot, so the boot id says whether two readings share one.
 */
export const clockReadingSchema = z.strictObject({
  wallMs: z.number(),
  boot: z.strictObject({
    /** Linux's random per-boot id; null where the system has none (macOS, Windows). */
    id: z.string().nullable(),
    uptimeMs: z.number().nonnegative(),
  }),
});
export type ClockReading = z.infer<typeof clockReadingSchema>;
export type Clock = () => ClockReading;

/**
 * Across a reboot only the time since this boot is proven (the event came before it); the wall
 * clock may add at most this much on top. An officer who waited before rebooting is credited
 * up to a minute of it; a clock moved forward by a day gains an attacker no more than that.
 */
export const UNPROVEN_WALL_TIME_CAP_MS = 60_000;

function readProc(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * Linux: the boot id and /proc/uptime, read from the kernel directly (libfaketime and the like
 * intercept clock calls, not file reads). Elsewhere: the system uptime from libuv, which a date
 * change does not move; on macOS libuv computes it as now minus the boot time, so a tool that
 * fakes the date for one process shifts it there (docs/security.md says so).
 */
export const systemClock: Clock = () => {
  const procUptime = readProc('/proc/uptime');
  const seconds = procUptime === null ? Number.NaN : Number.parseFloat(procUptime);
  return {
    wallMs: Date.now(),
    boot: {
      id: readProc('/proc/sys/kernel/random/boot_id'),
      uptimeMs: Math.round((Number.isFinite(seconds) ? seconds : uptime()) * 1000),
    },
  };
};

function sameBoot(from: ClockReading['boot'], to: ClockReading['boot']): boolean {
  if (from.id !== null && to.id !== null) return from.id === to.id;
  // No boot id: a boot clock that went backwards proves a reboot; otherwise assume none.
  return to.uptimeMs >= from.uptimeMs;
}

/** Time elapsed from `from` to `to`, never negative, counting a moved wall clock only within the cap. */
export function elapsedMs(from: ClockReading, to: ClockReading): number {
  if (sameBoot(from.boot, to.boot)) return Math.max(0, to.boot.uptimeMs - from.boot.uptimeMs);
  const proven = to.boot.uptimeMs;
  const claimed = to.wallMs - from.wallMs;
  return Math.max(proven, Math.min(claimed, proven + UNPROVEN_WALL_TIME_CAP_MS));
}
