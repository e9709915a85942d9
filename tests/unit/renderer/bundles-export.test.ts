import { describe, expect, it } from 'vitest';
import { exportFilterSchema } from '../../../shared/domain/bundles';
import { NO_FILTERS, toListQuery } from '../../../renderer/src/features/filters/list-filters';
import { formatBytes } from '../../../renderer/src/features/bundles/byte-size';
import { toExportFilter } from '../../../renderer/src/features/bundles/export-filter';
import { createTranslator } from '../../../renderer/src/i18n/translate';
import { everyFilter } from '../../support/list-filters';

const every = everyFilter('meeting');

describe('list filters → the export filter', () => {
  it('selects what the notebook list selects for the same filters: kind, facets, and the days as its bounds', () => {
    const list = toListQuery(every);
    const filter = exportFilterSchema.parse(toExportFilter(every, true));
    expect(filter).toEqual({ kind: 'meeting', facets: list.facets, since: list.from, until: list.until, revisions: true });
    expect(filter.facets.map((f) => f.facet)).toEqual(['topic', 'outlet', 'tag', 'person', 'case']);
  });

  it('with no filter, every entry: no kind, no bound, no facet', () => {
    expect(exportFilterSchema.parse(toExportFilter(NO_FILTERS, false))).toEqual({ facets: [], revisions: false });
  });
});

describe('sizes as the officer reads them', () => {
  const en = createTranslator('en');
  it('picks the unit, one decimal under ten', () => {
    expect(formatBytes(900, en)).toBe(en.t('bundles.sizeBytes', { size: '900' }));
    expect(formatBytes(1536, en)).toBe(en.t('bundles.sizeKb', { size: '1.5' }));
    expect(formatBytes(48 * 1024 * 1024, en)).toBe(en.t('bundles.sizeMb', { size: '48' }));
    expect(formatBytes(3.25 * 1024 ** 3, en)).toBe(en.t('bundles.sizeGb', { size: '3.3' }));
  });

  it("in the officer's digits", () => {
    const ar = createTranslator('ar', 'arab');
    expect(formatBytes(2.5 * 1024 * 1024, ar)).toBe(ar.t('bundles.sizeMb', { size: '٢٫٥' }));
  });
});
