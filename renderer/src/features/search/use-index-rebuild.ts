import { useEffect, useState } from 'react';
import type { JobProgress } from '../../../../shared/domain/jobs';
import { onEvent } from '../../ipc/client';

export interface IndexRebuild {
  /** The latest step of a search-index rebuild seen since the view opened, if any. */
  latest: JobProgress | null;
  /** Counts finished rebuilds: a search made before one is run again. */
  completed: number;
}

/** Follows the search-index rebuild that an update starts at unlock (electron/core/services/search-index-upkeep.ts). */
export function useIndexRebuild(): IndexRebuild {
  const [state, setState] = useState<IndexRebuild>({ latest: null, completed: 0 });
  useEffect(
    () =>
      onEvent('job:progress', (update) => {
        if (update.kind !== 'search-index') return;
        setState((previous) => ({ latest: update, completed: previous.completed + (update.state === 'done' ? 1 : 0) }));
      }),
    [],
  );
  return state;
}
