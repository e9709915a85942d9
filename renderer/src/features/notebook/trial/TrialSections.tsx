import { memo, type Ref } from 'react';
import { CheckboxGroup } from '../../../components/CheckboxGroup';
import { Choice } from '../../../components/Choice';
import { Section } from '../../../components/Section';
import type { Counsel, Defendant } from '../../../../../shared/domain/kinds/trial';
import {
  ANSWERS,
  CONCERN_LEVELS,
  COUNSEL_APPOINTMENTS,
  COURT_TYPES,
  DETENTION_STATUSES,
  OBSERVER_GROUPS,
  TRIAL_STAGES,
  type Answer,
} from '../../../../../shared/domain/trial-vocabulary';
import { useI18n } from '../../../i18n/use-i18n';
import { PersonPicker } from '../../people';
import { CasePicker } from '../CasePicker';
import { CommonFields } from '../CommonFields';
import { DateTimeField } from '../DateTimeField';
import { EditableRows } from '../EditableRows';
import { LocationField } from '../LocationField';
import { RichBodyField } from '../RichBodyField';
import { TitleField } from '../TitleField';
import { TextInput } from './TextInput';
import { dayToLocalInput, isoToLocalInput, localInputToDay, localInputToIso, type TrialDraft } from './trial-form';

/*
 * The hearing's sections, each memoised on its own part of the form: a line typed into the live
 * log, a save or a checklist finding re-renders none of them (a hearing's form is hundreds of
 * inputs, and the officer is typing in the courtroom). Each gets the editor's change function,
 * which never changes, and merges its patch into the part it was given.
 */

/** The editor's change function (stable for the editor's life). */
type Change = (patch: Partial<TrialDraft>) => void;

/** A yes / no / not known question, as the officer saw or learned it. */
function AnswerChoice({ label, value, onChange }: { label: string; value: Answer; onChange: (value: Answer) => void }) {
  return <Choice label={label} value={value} options={ANSWERS} optionKey={(a) => `trial.answer.${a}`} onChange={onChange} />;
}

const BLANK_DEFENDANT: Defendant = { name: '', personId: null, detention: 'unknown', detentionPlace: '', juvenile: false };
const BLANK_COUNSEL: Counsel = { name: '', appointment: null };

interface OpeningProps {
  title: string;
  occurredAt: string;
  hearing: TrialDraft['hearing'];
  titleProblem: string | undefined;
  /** Null when the cursor belongs in the log (quick capture). */
  titleRef: Ref<HTMLTextAreaElement>;
  onChange: Change;
}

/** Title, date, case number and stage: what names the hearing. */
export const OpeningFields = memo(function OpeningFields({ title, occurredAt, hearing, titleProblem, titleRef, onChange }: OpeningProps) {
  const { t } = useI18n();
  const setHearing = (patch: Partial<TrialDraft['hearing']>) => onChange({ hearing: { ...hearing, ...patch } });
  return (
    <>
      <TitleField value={title} onChange={(next) => onChange({ title: next })} problem={titleProblem} inputRef={titleRef} />
      <div className="meeting-fields__row">
        <DateTimeField label={t('trial.hearingDate')} value={occurredAt} onChange={(next) => onChange({ occurredAt: next })} />
        <TextInput label={t('trial.caseNumber')} value={hearing.caseNumber} onChange={(caseNumber) => setHearing({ caseNumber })} />
        <Choice label={t('trial.stage')} value={hearing.stage} options={TRIAL_STAGES} optionKey={(s) => `trial.stage.${s}`} noneKey="trial.notSpecified" onChange={(stage) => setHearing({ stage })} />
      </div>
    </>
  );
});

/** Court, times, people in the courtroom, charges. */
export const HearingSection = memo(function HearingSection({ hearing, location, onChange }: { hearing: TrialDraft['hearing']; location: string; onChange: Change }) {
  const { t } = useI18n();
  const setHearing = (patch: Partial<TrialDraft['hearing']>) => onChange({ hearing: { ...hearing, ...patch } });
  const instant = (label: string, value: string | null, set: (iso: string | null) => void) => (
    <DateTimeField label={label} value={isoToLocalInput(value)} onChange={(local) => set(localInputToIso(local))} />
  );
  return (
      <Section className="trial-section" heading={t('trial.section.hearing')}>
        <div className="meeting-fields__row">
          <TextInput label={t('trial.courtName')} value={hearing.courtName} onChange={(courtName) => setHearing({ courtName })} />
          <Choice label={t('trial.courtType')} value={hearing.courtType} options={COURT_TYPES} optionKey={(c) => `trial.courtType.${c}`} noneKey="trial.notSpecified" onChange={(courtType) => setHearing({ courtType })} />
          <TextInput label={t('trial.courtLevel')} value={hearing.courtLevel} onChange={(courtLevel) => setHearing({ courtLevel })} />
        </div>
        <div className="meeting-fields__row">
          <TextInput label={t('trial.city')} value={hearing.city} onChange={(city) => setHearing({ city })} />
          <TextInput label={t('trial.courtroom')} value={hearing.courtroom} onChange={(courtroom) => setHearing({ courtroom })} />
          <LocationField value={location} onChange={(next) => onChange({ location: next })} />
        </div>
        <div className="meeting-fields__row">
          {instant(t('trial.scheduledStart'), hearing.scheduledStart, (scheduledStart) => setHearing({ scheduledStart }))}
          {instant(t('trial.actualStart'), hearing.actualStart, (actualStart) => setHearing({ actualStart }))}
        </div>
        <div className="meeting-fields__row">
          {instant(t('trial.scheduledEnd'), hearing.scheduledEnd, (scheduledEnd) => setHearing({ scheduledEnd }))}
          {instant(t('trial.actualEnd'), hearing.actualEnd, (actualEnd) => setHearing({ actualEnd }))}
        </div>
        <div className="meeting-fields__row">
          <TextInput label={t('trial.judges')} value={hearing.judges} onChange={(judges) => setHearing({ judges })} />
          <TextInput label={t('trial.prosecutor')} value={hearing.prosecutor} onChange={(prosecutor) => setHearing({ prosecutor })} />
        </div>
        <h3 className="field__label">{t('trial.counsel')}</h3>
        <EditableRows rows={hearing.counsel} onChange={(counsel) => setHearing({ counsel })} blank={() => BLANK_COUNSEL} addLabel={t('trial.counsel.add')} removeLabel={(number) => t('trial.counsel.remove', { number })}>
          {(row, patch, number) => (
            <div className="meeting-fields__row">
              <TextInput label={t('trial.counsel.name', { number })} value={row.name} onChange={(name) => patch({ name })} />
              <Choice label={t('trial.counsel.appointment')} value={row.appointment} options={COUNSEL_APPOINTMENTS} optionKey={(a) => `trial.appointment.${a}`} noneKey="trial.notSpecified" onChange={(appointment) => patch({ appointment })} />
            </div>
          )}
        </EditableRows>
        <h3 className="field__label">{t('trial.defendants')}</h3>
        <EditableRows rows={hearing.defendants} onChange={(defendants) => setHearing({ defendants })} blank={() => BLANK_DEFENDANT} addLabel={t('trial.defendants.add')} removeLabel={(number) => t('trial.defendants.remove', { number })}>
          {(row, patch, number) => (
            <div className="meeting-fields__row">
              <TextInput label={t('trial.defendants.name', { number })} hint={t('trial.defendants.nameHint')} value={row.name} onChange={(name) => patch({ name })} />
              <PersonPicker label={t('records.defendantPerson', { number })} hint={t('records.defendantPersonHint')} value={row.personId} onChange={(personId) => patch({ personId })} />
              <Choice label={t('trial.detention')} value={row.detention} options={DETENTION_STATUSES} optionKey={(d) => `trial.detention.${d}`} onChange={(detention) => patch({ detention })} />
              <TextInput label={t('trial.detentionPlace')} value={row.detentionPlace} onChange={(detentionPlace) => patch({ detentionPlace })} />
              <label className="check">
                <input type="checkbox" checked={row.juvenile} onChange={(e) => patch({ juvenile: e.target.checked })} />
                {t('trial.juvenile')}
              </label>
            </div>
          )}
        </EditableRows>
        <TextInput long label={t('trial.charges')} value={hearing.charges} onChange={(charges) => setHearing({ charges })} />
        <TextInput long label={t('trial.legalProvisions')} value={hearing.legalProvisions} onChange={(legalProvisions) => setHearing({ legalProvisions })} />
        <div className="meeting-fields__row">
          <TextInput label={t('trial.plea')} value={hearing.plea} onChange={(plea) => setHearing({ plea })} />
          <TextInput label={t('trial.languages')} value={hearing.languages} onChange={(languages) => setHearing({ languages })} />
          <AnswerChoice label={t('trial.interpreter')} value={hearing.interpreter} onChange={(interpreter) => setHearing({ interpreter })} />
        </div>
      </Section>
  );
});

/** The observer's access to the courtroom. */
export const AccessSection = memo(function AccessSection({ access, onChange }: { access: TrialDraft['access']; onChange: Change }) {
  const { t } = useI18n();
  const setAccess = (patch: Partial<TrialDraft['access']>) => onChange({ access: { ...access, ...patch } });
  return (
      <Section className="trial-section" heading={t('trial.section.access')}>
        <div className="meeting-fields__row">
          <AnswerChoice label={t('trial.access.admitted')} value={access.admitted} onChange={(admitted) => setAccess({ admitted })} />
          <AnswerChoice label={t('trial.access.idChecked')} value={access.idChecked} onChange={(idChecked) => setAccess({ idChecked })} />
          <AnswerChoice label={t('trial.access.toldNoNotes')} value={access.toldNoNotes} onChange={(toldNoNotes) => setAccess({ toldNoNotes })} />
          <AnswerChoice label={t('trial.access.removed')} value={access.removed} onChange={(removed) => setAccess({ removed })} />
        </div>
        <CheckboxGroup legend={t('trial.access.observers')} options={OBSERVER_GROUPS} chosen={access.observers} labelOf={(group) => t(`trial.observers.${group}`)} onChange={(observers) => setAccess({ observers })} />
        <TextInput label={t('trial.access.observersNotes')} value={access.observersNotes} onChange={(observersNotes) => setAccess({ observersNotes })} />
        <TextInput long label={t('trial.access.security')} value={access.security} onChange={(security) => setAccess({ security })} />
      </Section>
  );
});

/** Pre-trial rights, as learned. */
export const RightsSection = memo(function RightsSection({ rights, onChange }: { rights: TrialDraft['rights']; onChange: Change }) {
  const { t } = useI18n();
  const setRights = (patch: Partial<TrialDraft['rights']>) => onChange({ rights: { ...rights, ...patch } });
  return (
      <Section className="trial-section" heading={t('trial.section.rights')} hint={t('trial.rights.hint')}>
        <div className="meeting-fields__row">
          <AnswerChoice label={t('trial.rights.reasonsGiven')} value={rights.reasonsGiven} onChange={(reasonsGiven) => setRights({ reasonsGiven })} />
          <AnswerChoice label={t('trial.rights.lawyerFromArrest')} value={rights.lawyerFromArrest} onChange={(lawyerFromArrest) => setRights({ lawyerFromArrest })} />
          <AnswerChoice label={t('trial.rights.promptlyBeforeJudge')} value={rights.promptlyBeforeJudge} onChange={(promptlyBeforeJudge) => setRights({ promptlyBeforeJudge })} />
        </div>
        <div className="meeting-fields__row">
          <TextInput label={t('trial.rights.pretrialDetention')} value={rights.pretrialDetention} onChange={(pretrialDetention) => setRights({ pretrialDetention })} />
          <AnswerChoice label={t('trial.rights.tortureAlleged')} value={rights.tortureAlleged} onChange={(tortureAlleged) => setRights({ tortureAlleged })} />
          <AnswerChoice label={t('trial.rights.incommunicado')} value={rights.incommunicado} onChange={(incommunicado) => setRights({ incommunicado })} />
        </div>
        <TextInput long label={t('trial.rights.notes')} value={rights.notes} onChange={(notes) => setRights({ notes })} />
      </Section>
  );
});

/** Adjournment and assessment. */
export const OutcomeSection = memo(function OutcomeSection({ adjournment, assessment, onChange }: { adjournment: TrialDraft['adjournment']; assessment: TrialDraft['assessment']; onChange: Change }) {
  const { t } = useI18n();
  const setAdjournment = (patch: Partial<TrialDraft['adjournment']>) => onChange({ adjournment: { ...adjournment, ...patch } });
  const setAssessment = (patch: Partial<TrialDraft['assessment']>) => onChange({ assessment: { ...assessment, ...patch } });
  return (
      <Section className="trial-section" heading={t('trial.section.outcome')}>
        <label className="check">
          <input type="checkbox" checked={adjournment.adjourned} onChange={(e) => setAdjournment({ adjourned: e.target.checked })} />
          {t('trial.adjourned')}
        </label>
        <div className="meeting-fields__row">
          <TextInput long label={t('trial.adjournmentReason')} value={adjournment.reason} onChange={(reason) => setAdjournment({ reason })} />
          <DateTimeField label={t('trial.nextHearing')} value={dayToLocalInput(adjournment.nextHearingOn)} onChange={(local) => setAdjournment({ nextHearingOn: localInputToDay(local) })} />
        </div>
        <div className="meeting-fields__row">
          <Choice label={t('trial.concernLevel')} value={assessment.concernLevel} options={CONCERN_LEVELS} optionKey={(c) => `trial.concern.${c}`} noneKey="trial.notSpecified" onChange={(concernLevel) => setAssessment({ concernLevel })} />
          <AnswerChoice label={t('trial.attendNext')} value={assessment.attendNext} onChange={(attendNext) => setAssessment({ attendNext })} />
        </div>
        <TextInput long label={t('trial.forHq')} value={assessment.forHq} onChange={(forHq) => setAssessment({ forHq })} />
        <TextInput long label={t('trial.demarche')} value={assessment.demarche} onChange={(demarche) => setAssessment({ demarche })} />
      </Section>
  );
});

/** The observer's notes in their own words, and the classification every entry has. */
export const ClosingFields = memo(function ClosingFields({ body, bodyDoc, defenderCaseId, common, onChange }: Pick<TrialDraft, 'body' | 'bodyDoc' | 'defenderCaseId' | 'common'> & { onChange: Change }) {
  const { t } = useI18n();
  return (
    <>
      <RichBodyField label={t('trial.notes')} value={{ body, bodyDoc }} onChange={onChange} />
      <CasePicker value={defenderCaseId} onChange={(next) => onChange({ defenderCaseId: next })} hint={t('records.casePicker.trialHint')} />
      <CommonFields value={common} onChange={(next) => onChange({ common: next })} />
    </>
  );
});
