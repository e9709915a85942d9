import type { EntrySummary } from '../../../../shared/domain/entries';
import type { RowState } from '../../components/VirtualListbox';
import { useI18n } from '../../i18n/use-i18n';
import { counterpartKey } from './counterpart-label';

interface NoteRowProps {
  entry: EntrySummary | undefined;
  position: number;
  state: RowState;
  /** Titles and counterparts hidden behind a neutral placeholder unless the row is revealed. */
  discreet: boolean;
}

/** One row of the notebook list: title, meeting date, counterpart; a placeholder while its page loads. */
export function NoteRow({ entry, position, state, discreet }: NoteRowProps) {
  const { t, formatDateTime, formatNumber } = useI18n();
  if (!entry) return <span className="entry-card__title entry-card__title--loading">{t('list.loadingRow')}</span>;
  const hidden = discreet && !state.revealed;
  return (
    <>
      {hidden ? (
        <span className="entry-card__title entry-card__title--hidden">{t('discreet.placeholder', { number: formatNumber(position) })}</span>
      ) : (
        <span className="entry-card__line">
          <span className="entry-card__title" dir="auto">
            {entry.title}
          </span>
        </span>
      )}
      <span className="entry-card__meta">
        <span>{entry.occurredAt ? t('list.metAt', { date: formatDateTime(entry.occurredAt) }) : t('list.noDate')}</span>
        {entry.counterpartType && !hidden ? <span className="tag">{t(counterpartKey(entry.counterpartType))}</span> : null}
      </span>
    </>
  );
}
