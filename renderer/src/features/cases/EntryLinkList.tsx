import type { ReactNode } from 'react';
import type { EntrySummary } from '../../../../shared/domain/entries';
import { useI18n } from '../../i18n/use-i18n';

interface EntryLinkListProps {
  entries: readonly EntrySummary[];
  label: string;
  onOpen: (id: string) => void;
  /** What goes before the title (a due date, what is due). */
  lead?: (entry: EntrySummary, index: number) => ReactNode;
}

/** Entries as buttons that open them: the rows of Cases, Upcoming and Civic space. */
export function EntryLinkList({ entries, label, onOpen, lead }: EntryLinkListProps) {
  const { t, formatDateTime } = useI18n();
  return (
    <ul className="stack stack--tight" aria-label={label}>
      {entries.map((entry, i) => (
        <li key={`${entry.id}-${i}`}>
          <button type="button" className="entry-card" onClick={() => onOpen(entry.id)}>
            <span className="entry-card__title" dir="auto">
              {entry.title}
            </span>
            <span className="entry-card__meta">
              {lead ? <>{lead(entry, i)} · </> : null}
              {t(`kind.${entry.kind}`)}
              {entry.occurredAt ? <> · {formatDateTime(entry.occurredAt)}</> : null}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
