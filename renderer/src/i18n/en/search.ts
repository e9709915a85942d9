import type { Message } from '../types';

/** Search: the field, its syntax note, results and why each matched. */
export const search = {
  'search.heading': 'Search',
  'search.label': 'Search your notes',
  'search.submit': 'Search',
  'search.results': { one: '{count} matching note', other: '{count} matching notes' },
  'search.resultsAtLeast': { one: 'At least {count} matching note', other: 'At least {count} matching notes' },
  'search.rankedWindow': {
    one: 'What you searched for is in very many notes. The most recent note comes first; older notes follow, newest first.',
    other: 'What you searched for is in very many notes. The {count} most recent come first, best match first; older notes follow, newest first.',
  },
  'search.none': 'No notes match this search.',
  'search.syntax': 'Put words in quotes to find them side by side ("land rights"). End a word with * to find every word that starts with it (defend* finds defender and defending).',
  'search.sort.label': 'Order',
  'search.sort.relevance': 'Best match first',
  'search.sort.date': 'Newest first',
  'search.matchedIn.participants': 'Participants:',
  'search.matchedIn.location': 'Location:',
  'search.matchedIn.tags': 'Tags:',
  'search.matchedIn.concerns': 'Concerns:',
  'search.matchedIn.followUps': 'Follow-ups:',
  'search.matchedIn.statements': 'What was said:',
  'search.matchedIn.other': 'In another field:',
} as const satisfies Record<string, Message>;
