import type { Message } from '../types';

/** Long work the app does in the background and says so: today the search index rebuilt after an update. */
export const jobs = {
  'jobs.searchIndex.running': 'Search is being rebuilt after an update ({done} of {total} notes). Until it is done, a search can miss notes.',
  'jobs.searchIndex.stopped':
    'Search was not fully rebuilt after an update ({done} of {total} notes): a search can miss notes. The rebuild goes on the next time the notebook is unlocked.',
} as const satisfies Record<string, Message>;
