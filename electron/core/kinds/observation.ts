import type { KindModule } from './kind-module';

/** Nothing of its own: an observation is what every entry is, filed under its topics. */
export const observationKind: KindModule<'observation'> = {
  kind: 'observation',
  detailsTable: null,
  searchFields: () => [],
  facts: () => [],
  facets: () => [],
  fixedKeys: [],
  deletable: true,
};
