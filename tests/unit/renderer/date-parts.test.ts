import { describe, expect, it } from 'vitest';
import { dateOrder, joinParts, monthNames, showDigits, splitLocalValue } from '../../../renderer/src/features/notebook/date-parts';

describe('date parts of the meeting field', () => {
  it('round-trips a local value and accepts Arabic-Indic digits as typed', () => {
    expect(splitLocalValue('2026-03-14T09:05')).toEqual({ year: '2026', month: '3', day: '14', hour: '09', minute: '05' });
    expect(joinParts(splitLocalValue('2026-03-14T09:05'))).toBe('2026-03-14T09:05');
    expect(joinParts({ day: '١٤', month: '3', year: '٢٠٢٦', hour: '۹', minute: '5' })).toBe('2026-03-14T09:05');
  });

  it('empty is no date; incomplete or impossible is null (the form keeps its last valid value)', () => {
    expect(joinParts({ day: '', month: '', year: '', hour: '', minute: '' })).toBe('');
    expect(joinParts({ day: '14', month: '3', year: '2026', hour: '', minute: '30' })).toBeNull();
    expect(joinParts({ day: '31', month: '2', year: '2026', hour: '10', minute: '30' })).toBeNull();
    expect(joinParts({ day: '14', month: '3', year: '2026', hour: '24', minute: '00' })).toBeNull();
    expect(joinParts({ day: '14', month: '3', year: '26', hour: '10', minute: '30' })).toBeNull();
  });

  it('orders and names the parts as the interface language writes dates, in the pinned digits', () => {
    expect(dateOrder('en')).toEqual(['month', 'day', 'year']);
    expect(dateOrder('ar')).toEqual(['day', 'month', 'year']);
    expect(monthNames('ar', 'latn')[2]).toBe('مارس');
    expect(showDigits('2026', 'arab')).toBe('٢٠٢٦');
    expect(showDigits('5', 'latn', 2)).toBe('05');
  });
});
