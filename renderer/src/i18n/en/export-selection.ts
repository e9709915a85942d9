import type { Message } from '../types';

/** The Export screen's explicit selection: entries ticked one by one in a list of all the filters match. */
export const exportSelection = {
  'exportSelection.list': 'Entries the filters match',
  'exportSelection.chosen': {
    one: '{count} entry chosen',
    other: '{count} entries chosen',
  },
  'exportSelection.tooMany': 'Choose at most {max} entries, or export everything the filters match.',
} as const satisfies Record<string, Message>;
