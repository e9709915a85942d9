import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatLocalInstant, parseDateInput } from '../../../electron/cli/dates';
import { UsageError } from '../../../electron/cli/errors';

// Node reads TZ whenever it changes, so each case fixes the zone it reasons in.
describe('CLI dates: typed in local time or with an offset, shown in local time with the offset', () => {
  let zone: string | undefined;
  beforeEach(() => {
    zone = process.env.TZ;
  });
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('reads a date alone as local midnight and a time without offset as local time', () => {
    process.env.TZ = 'Asia/Amman'; // UTC+3 all year since 2022
    expect(parseDateInput('2026-03-14', '--occurred-at')).toBe('2026-03-13T21:00:00.000Z');
    expect(parseDateInput('2026-03-14T10:30', '--occurred-at')).toBe('2026-03-14T07:30:00.000Z');
    expect(parseDateInput('2026-03-14 10:30:15', '--occurred-at')).toBe('2026-03-14T07:30:15.000Z');
  });

  it('takes an offset or Z as written', () => {
    process.env.TZ = 'America/New_York';
    expect(parseDateInput('2026-03-14T10:30+02:00', 'x')).toBe('2026-03-14T08:30:00.000Z');
    expect(parseDateInput('2026-03-14T10:30:00.000Z', 'x')).toBe('2026-03-14T10:30:00.000Z');
    expect(parseDateInput('2026-03-14T10:30-0530', 'x')).toBe('2026-03-14T16:00:00.000Z');
  });

  it('refuses what is not a date, or a date that does not exist, naming the accepted forms', () => {
    process.env.TZ = 'Europe/Berlin';
    for (const raw of ['yesterday', '14/03/2026', '2026-02-30', '2026-13-01', '2026-03-14T25:00', '2026-03-29T02:30']) {
      expect(() => parseDateInput(raw, '--occurred-at'), raw).toThrow(UsageError);
    }
    expect(() => parseDateInput('2026-02-30', '--occurred-at')).toThrow(/--occurred-at: '2026-02-30' is not a date or does not exist; use 2026-03-14, 2026-03-14T10:30 \(local time\)/);
  });

  it('shows an instant in local time with the offset in force then (summer time included)', () => {
    process.env.TZ = 'Europe/Berlin';
    expect(formatLocalInstant('2026-01-15T12:00:00.000Z')).toBe('2026-01-15 13:00 +01:00');
    expect(formatLocalInstant('2026-07-15T12:00:00.000Z')).toBe('2026-07-15 14:00 +02:00');
    process.env.TZ = 'Asia/Kolkata';
    expect(formatLocalInstant('2026-03-14T10:30:00.000Z')).toBe('2026-03-14 16:00 +05:30');
    process.env.TZ = 'America/St_Johns';
    expect(formatLocalInstant('2026-01-15T12:00:00.000Z')).toBe('2026-01-15 08:30 -03:30');
    expect(formatLocalInstant(null)).toBeNull();
  });
});
