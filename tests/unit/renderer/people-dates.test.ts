import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from '../../../renderer/src/features/people/dates';

describe('consent dates as typed', () => {
  it('reads Latin, Arabic-Indic and Persian digits, with - / or . between the parts', () => {
    expect(parseDay('2026-11-01')).toBe('2026-11-01');
    expect(parseDay('٢٠٢٦-١١-٠١')).toBe('2026-11-01');
    expect(parseDay('۲۰۲۶/۱۱/۱')).toBe('2026-11-01');
    expect(parseDay(' 2026.2.28 ')).toBe('2026-02-28');
  });

  it('takes empty as no date, and refuses days that do not exist or other shapes', () => {
    expect(parseDay('  ')).toBeNull();
    for (const typed of ['2026-02-29', '2026-13-01', '2026-00-10', '01-11-2026', '2026-11', 'tomorrow']) expect(parseDay(typed)).toBeUndefined();
    expect(parseDay('2028-02-29')).toBe('2028-02-29');
  });

  it('shows a day in the chosen digits, the same day whatever the zone', () => {
    expect(formatDay('2026-11-01', { language: 'en', digits: 'latn' })).toBe('Nov 1, 2026');
    expect(formatDay('2026-11-01', { language: 'ar', digits: 'arab' })).toMatch(/١/);
  });
});
