import { describe, expect, it } from 'vitest';
import { entryListQuerySchema } from '../../../shared/domain/entries';
import { parseDay } from '../../../renderer/src/features/people/dates';
import { NO_FILTERS, activeFilters, filtersKey, tagFilter, toListQuery } from '../../../renderer/src/features/filters/list-filters';
import { everyFilter, FILTER_CASE, FILTER_PERSON } from '../../support/list-filters';

const every = everyFilter('trial');

describe('list filters → the entry:list query', () => {
  it('asks for nothing extra when no filter is on', () => {
    expect(toListQuery(NO_FILTERS)).toEqual({ facets: [] });
    expect(activeFilters(NO_FILTERS)).toEqual([]);
  });

  it('maps each filter to the kind, a facet or a bound, and the contract accepts the result', () => {
    const query = toListQuery(every);
    expect(query.kind).toBe('trial');
    expect(query.facets).toEqual([
      { facet: 'topic', value: 'surveillance' },
      { facet: 'outlet', value: 'country-reports' },
      { facet: 'tag', value: 'land rights' },
      { facet: 'person', value: FILTER_PERSON },
      { facet: 'case', value: FILTER_CASE },
    ]);
    expect(() => entryListQuerySchema.parse({ ...query, limit: 100, offset: 0 })).not.toThrow();
  });

  it('bounds days in local time: from its first instant, until the first instant of the day after (inclusive day)', () => {
    const query = toListQuery({ ...NO_FILTERS, from: '2026-03-01', until: '2026-03-31' });
    expect(query.from).toBe(new Date(2026, 2, 1).toISOString());
    expect(query.until).toBe(new Date(2026, 3, 1).toISOString());
    // The last day of a year rolls over to the next.
    expect(toListQuery({ ...NO_FILTERS, until: '2025-12-31' }).until).toBe(new Date(2026, 0, 1).toISOString());
  });

  it('takes a day typed in Arabic-Indic or Persian digits as the same day', () => {
    const arabic = parseDay('٢٠٢٦-٠٣-٠١');
    const persian = parseDay('۲۰۲۶/۳/۱');
    expect(arabic).toBe('2026-03-01');
    expect(toListQuery({ ...NO_FILTERS, from: arabic ?? null }).from).toBe(toListQuery({ ...NO_FILTERS, from: persian ?? null }).from);
  });

  it('lists the filters in effect in the order the bar shows them', () => {
    expect(activeFilters(every)).toEqual(['kind', 'topic', 'outlet', 'tag', 'person', 'case', 'from', 'until']);
    expect(activeFilters({ ...NO_FILTERS, until: '2026-01-01', kind: 'meeting' })).toEqual(['kind', 'until']);
  });

  it('keys a list by what the filters select: a label alone does not refetch, a value does', () => {
    expect(filtersKey({ ...every, person: { id: FILTER_PERSON, label: 'Another pseudonym' } })).toBe(filtersKey(every));
    expect(filtersKey({ ...every, tag: 'land' })).not.toBe(filtersKey(every));
    expect(filtersKey({ ...every, until: null })).not.toBe(filtersKey(every));
  });

  it('takes a typed tag trimmed, and blank as no tag', () => {
    expect(tagFilter('  land rights ')).toBe('land rights');
    expect(tagFilter('   ')).toBeNull();
  });
});
