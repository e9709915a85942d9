import type { SearchHit } from '../../../../shared/domain/search';
import { HiddenTitle, LoadingTitle, MeetingDate } from '../../components/EntryCardParts';
import type { RowState } from '../../components/VirtualListbox';
import type { TextKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/use-i18n';
import { EntryFacts } from '../notebook';
import { Highlighted } from './Highlighted';

/** Labels of the fields a match can be in; a field of a kind added later reads "In another field". */
const FIELD_LABELS: Partial<Record<string, TextKey>> = {
  participants: 'search.matchedIn.participants',
  location: 'search.matchedIn.location',
  tags: 'search.matchedIn.tags',
  concerns: 'search.matchedIn.concerns',
  followUps: 'search.matchedIn.followUps',
  statements: 'search.matchedIn.statements',
  court: 'search.matchedIn.court',
  caseNumber: 'search.matchedIn.caseNumber',
  defendants: 'search.matchedIn.defendants',
  charges: 'search.matchedIn.charges',
  judges: 'search.matchedIn.judges',
  hearingLog: 'search.matchedIn.hearingLog',
  checklist: 'search.matchedIn.checklist',
  trialNotes: 'search.matchedIn.trialNotes',
  caseAction: 'search.matchedIn.caseAction',
  assessment: 'search.matchedIn.assessment',
};

interface SearchHitRowProps {
  hit: SearchHit | undefined;
  position: number;
  state: RowState;
  discreet: boolean;
}

/** One result: the title, then why it matched (a field with its label, or a body excerpt), then date and facts. */
export function SearchHitRow({ hit, position, state, discreet }: SearchHitRowProps) {
  const { t } = useI18n();
  if (!hit) return <LoadingTitle />;
  if (discreet && !state.revealed) {
    return (
      <>
        <HiddenTitle position={position} />
        <span className="entry-card__meta">
          <MeetingDate occurredAt={hit.occurredAt} />
        </span>
      </>
    );
  }
  return (
    <>
      <span className="entry-card__line">
        <Highlighted className="entry-card__title" segments={hit.title} />
      </span>
      {hit.fields.map((match) => (
        <span key={match.field} className="entry-card__field">
          <span className="entry-card__label">{t(FIELD_LABELS[match.field] ?? 'search.matchedIn.other')}</span>
          <Highlighted className="entry-card__excerpt" segments={match.segments} />
        </span>
      ))}
      {hit.snippet.length > 0 ? (
        <span className="entry-card__line entry-card__line--muted">
          <Highlighted className="entry-card__snippet" segments={hit.snippet} />
        </span>
      ) : null}
      <span className="entry-card__meta">
        <MeetingDate occurredAt={hit.occurredAt} />
        <EntryFacts facts={hit.facts} />
      </span>
    </>
  );
}
