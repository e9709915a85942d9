import type { JobProgress } from '../../../../shared/domain/jobs';
import type { SearchResult } from '../../../../shared/domain/search';
import { useI18n } from '../../i18n/use-i18n';

interface IndexStatusProps {
  /** The rebuild's latest step pushed by main, if one arrived while the view is open. */
  latest: JobProgress | null;
  /** What the last search said about the index, which also covers a view opened mid-rebuild. */
  reported: SearchResult['indexIncomplete'];
}

/** A finished rebuild says nothing: the search runs again over the whole index. */
function fromEvent({ state, done, total }: JobProgress): { done: number; total: number; stopped: boolean } | null {
  return state === 'done' ? null : { done, total, stopped: state !== 'running' };
}

/**
 * Says plainly while the search index is incomplete after an update, so a search that finds
 * nothing is not taken for a notebook without the words.
 */
export function IndexStatus({ latest, reported }: IndexStatusProps) {
  const { t, formatNumber } = useI18n();
  const shown = latest ? fromEvent(latest) : reported ? { done: reported.indexed, total: reported.total, stopped: !reported.rebuilding } : null;
  return (
    <p className="muted index-status" role="status">
      {shown
        ? t(shown.stopped ? 'jobs.searchIndex.stopped' : 'jobs.searchIndex.running', { done: formatNumber(shown.done), total: formatNumber(shown.total) })
        : null}
    </p>
  );
}
