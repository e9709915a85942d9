import { COUNTERPART_TYPES, LIMITS } from '../../../../shared/domain/entries';
import { Choice } from '../../components/Choice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/use-i18n';
import { CasePicker } from './CasePicker';
import { CommonFields } from './CommonFields';
import { CopySensitiveButton } from './CopySensitiveButton';
import { counterpartKey } from './counterpart-label';
import { DateTimeField } from './DateTimeField';
import { LocationField } from './LocationField';
import type { KindFieldsProps } from './EntryEditorFrame';
import { FollowUpRows } from './meeting/FollowUpRows';
import { ParticipantLinks } from './meeting/ParticipantLinks';
import { StatementRows } from './meeting/StatementRows';
import { usePseudonyms } from './meeting/use-pseudonyms';
import { RichBodyField } from './RichBodyField';
import { TitleField } from './TitleField';
import type { MeetingDraft } from './meeting-form';

/** Who a passage can be attributed to: the linked participants, and a speaker since unlinked (still shown, not silently changed). */
function speakersOf(draft: MeetingDraft, people: ReadonlyMap<string, { pseudonym: string }>): { id: string; pseudonym: string }[] {
  const ids = new Set([...draft.participantRefs, ...draft.statements.map((s) => s.speaker).filter((id) => id !== '')]);
  return [...ids].map((id) => ({ id, pseudonym: people.get(id)?.pseudonym ?? '…' }));
}

/**
 * The meeting note's inputs: title, one compact row of when / where / who kind, then the note
 * text, so the first screen shows what was said; then who from People took part, concerns,
 * follow-ups and passages. Every user-text field is dir="auto": a note
 * may mix Arabic and English.
 */
export function MeetingFields({ draft, onChange, titleProblem, titleRef }: KindFieldsProps<MeetingDraft>) {
  const { t } = useI18n();
  const people = usePseudonyms();
  return (
    <div className="meeting-fields">
      <TitleField value={draft.title} onChange={(title) => onChange({ title })} problem={titleProblem} inputRef={titleRef} />
      <div className="meeting-fields__row">
        <DateTimeField label={t('editor.occurredAt')} value={draft.occurredAt} onChange={(occurredAt) => onChange({ occurredAt })} />
        <LocationField value={draft.location} onChange={(location) => onChange({ location })} />
        <Choice
          label={t('editor.counterpartType')}
          value={draft.counterpartType || null}
          options={COUNTERPART_TYPES}
          optionKey={counterpartKey}
          noneKey="editor.counterpartNone"
          onChange={(counterpartType) => onChange({ counterpartType: counterpartType ?? '' })}
        />
      </div>
      <RichBodyField value={draft} onChange={onChange} />
      <Field label={t('editor.participants')} hint={t('editor.participantsHint')}>
        {(c) => (
          <>
            <textarea {...c} className="input textarea textarea--short" dir="auto" rows={2} maxLength={LIMITS.participants} value={draft.participants} onChange={(e) => onChange({ participants: e.target.value })} />
            <CopySensitiveButton text={draft.participants} label={t('editor.copyParticipants')} />
          </>
        )}
      </Field>
      <ParticipantLinks value={draft.participantRefs} onChange={(participantRefs) => onChange({ participantRefs })} pseudonyms={people} />
      <Field label={t('meeting.concerns')} hint={t('meeting.concernsHint')}>
        {(c) => <textarea {...c} className="input textarea textarea--short" dir="auto" rows={3} maxLength={LIMITS.paragraph} value={draft.concerns} onChange={(e) => onChange({ concerns: e.target.value })} />}
      </Field>
      <FollowUpRows value={draft.followUps} onChange={(followUps) => onChange({ followUps })} />
      <StatementRows value={draft.statements} onChange={(statements) => onChange({ statements })} speakers={speakersOf(draft, people)} />
      <CasePicker value={draft.defenderCaseId} onChange={(defenderCaseId) => onChange({ defenderCaseId })} hint={t('records.casePicker.meetingHint')} />
      <CommonFields value={draft.common} onChange={(common) => onChange({ common })} />
    </div>
  );
}
