import { json, type CommandSpec } from '../command';
import { SEARCH_LIMIT_MAX } from './facts';
import { PASSPHRASE_OPTIONS, PASSPHRASE_SOURCES_NOTE } from './passphrase-options';

export const search: CommandSpec = {
  name: 'search',
  summary: 'full-text search, best matches first',
  synopsis: '--query-file F|- | QUERY… [--limit N] [--offset N] [--json]',
  options: {
    'query-file': { type: 'string', value: 'F', description: 'read the query from a UTF-8 file (- for stdin)' },
    limit: { type: 'string', value: 'N', description: `at most N hits (1–${SEARCH_LIMIT_MAX}, default 20)` },
    offset: { type: 'string', value: 'N', description: 'skip the first N hits' },
    json,
    ...PASSPHRASE_OPTIONS,
  },
  positionals: { min: 0, max: Number.POSITIVE_INFINITY, name: 'QUERY' },
  notes: [
    'A query naming a person or a place belongs in --query-file: words on the command line are visible ' +
      'to other users in ps and stay in shell history. Several words are joined into one query. Hits are ' +
      'shown in reverse video on a terminal and between [ and ] when the output is piped or NO_COLOR is set. ' +
      'Put a query that starts with - after --.',
    PASSPHRASE_SOURCES_NOTE,
  ],
  run: (invocation) => import('../commands/search').then((command) => command.runSearch(invocation)),
};
