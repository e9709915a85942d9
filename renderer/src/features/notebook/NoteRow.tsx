import type { EntrySummary } from '../../../../shared/domain/entries';
import { HiddenTitle, LoadingTitle, MeetingDate } from '../../components/EntryCardParts';
import type { RowState } from '../../components/VirtualListbox';
import { useI18n } from '../../i18n/use-i18n';
import { EntryFacts } from './EntryFacts';

interface NoteRowProps {
  entry: EntrySummary | undefined;
  position: number;
  state: RowState;
  /** Titles and counterparts hidden behind a neutral placeholder unless the row is revealed. */
  discreet: boolean;
  /** Unsaved text of this note is kept as a draft. */
  hasDraft: boolean;
}

/** One row of the notebook list: title, date, facts (counterpart…); a placeholder while its page loads. */
export function NoteRow({ entry, position, state, discreet, hasDraft }: NoteRowProps) {
  const { t } = useI18n();
  if (!entry) return <LoadingTitle />;
  const hidden = discreet && !state.revealed;
  return (
    <>
      {hidden ? (
        <HiddenTitle position={position} />
      ) : (
        <span className="entry-card__line">
          <span className="entry-card__title" dir="auto">
            {entry.title}
          </span>
        </span>
      )}
      <span className="entry-card__meta">
        <MeetingDate occurredAt={entry.occurredAt} />
        {hidden ? null : <EntryFacts facts={entry.facts} />}
        {hasDraft ? <span className="tag tag--draft">{t('list.hasDraft')}</span> : null}
      </span>
    </>
  );
}
