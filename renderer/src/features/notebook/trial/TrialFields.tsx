import { useEffect, useId, useState, type ReactNode } from 'react';
import { LIMITS } from '../../../../../shared/domain/entries';
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
import { Field } from '../../../components/Field';
import { useI18n } from '../../../i18n/use-i18n';
import { CommonFields } from '../CommonFields';
import { DateTimeField } from '../DateTimeField';
import type { KindFieldsProps } from '../EntryEditorFrame';
import { TitleField } from '../TitleField';
import { CaseTimeline } from './CaseTimeline';
import { Choice } from './Choice';
import { FairTrialChecklist } from './FairTrialChecklist';
import { HearingLog } from './HearingLog';
import { TextInput } from './TextInput';
import { clearLogCapture, logCaptureAsked } from './open-entry';
import { dayToLocalInput, isoToLocalInput, localInputToDay, localInputToIso, type TrialDraft } from './trial-form';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="trial-section" aria-labelledby={id}>
      <h2 className="subheading" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A yes / no / not known question, as the officer saw or learned it. */
function AnswerChoice({ label, value, onChange }: { label: string; value: Answer; onChange: (value: Answer) => void }) {
  return <Choice label={label} value={value} options={ANSWERS} optionKey={(a) => `trial.answer.${a}`} onChange={(a) => onChange(a ?? 'unknown')} />;
}

interface RowsProps<T> {
  rows: readonly T[];
  onChange: (rows: T[]) => void;
  blank: T;
  addLabel: string;
  removeLabel: (index: number) => string;
  render: (row: T, change: (row: T) => void, index: number) => ReactNode;
}

/** Repeated rows (defendants, counsel): add at the end, remove any; each row's own inputs. */
function Rows<T>({ rows, onChange, blank, addLabel, removeLabel, render }: RowsProps<T>) {
  return (
    <div className="trial-rows">
      <ol className="trial-rows__list">
        {rows.map((row, i) => (
          <li key={i} className="trial-rows__row">
            {render(row, (next) => onChange(rows.map((r, j) => (j === i ? next : r))), i)}
            <button type="button" className="button button--quiet" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              {removeLabel(i)}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button" disabled={rows.length >= LIMITS.rows} onClick={() => onChange([...rows, blank])}>
        {addLabel}
      </button>
    </div>
  );
}

const BLANK_DEFENDANT: Defendant = { name: '', personId: null, detention: 'unknown', detentionPlace: '', juvenile: false };
const BLANK_COUNSEL: Counsel = { name: '', appointment: null };

/** `now` stamps log lines: passed in so the harness's frozen clock is what a test reads. */
export function TrialFields({ draft, onChange, titleProblem, titleRef, entryId, now = () => new Date() }: KindFieldsProps<TrialDraft> & { now?: () => Date }) {
  const { t } = useI18n();
  // Quick capture: the cursor goes to the log, where the frame would put it in the title, until the first line is written.
  const [capture] = useState(() => entryId === null && logCaptureAsked());
  useEffect(() => clearLogCapture(), []);
  const logFirst = capture && draft.log.length === 0;
  const { hearing, access, rights, adjournment, assessment } = draft;
  const setHearing = (patch: Partial<TrialDraft['hearing']>) => onChange({ hearing: { ...hearing, ...patch } });
  const setAccess = (patch: Partial<TrialDraft['access']>) => onChange({ access: { ...access, ...patch } });
  const setRights = (patch: Partial<TrialDraft['rights']>) => onChange({ rights: { ...rights, ...patch } });
  const setAdjournment = (patch: Partial<TrialDraft['adjournment']>) => onChange({ adjournment: { ...adjournment, ...patch } });
  const setAssessment = (patch: Partial<TrialDraft['assessment']>) => onChange({ assessment: { ...assessment, ...patch } });
  const instant = (label: string, value: string | null, set: (iso: string | null) => void) => (
    <DateTimeField label={label} value={isoToLocalInput(value)} onChange={(local) => set(localInputToIso(local))} />
  );

  return (
    <div className="meeting-fields trial-fields">
      <TitleField value={draft.title} onChange={(title) => onChange({ title })} problem={titleProblem} inputRef={logFirst ? null : titleRef} />
      <div className="meeting-fields__row">
        <DateTimeField label={t('trial.hearingDate')} value={draft.occurredAt} onChange={(occurredAt) => onChange({ occurredAt })} />
        <TextInput label={t('trial.caseNumber')} value={hearing.caseNumber} onChange={(caseNumber) => setHearing({ caseNumber })} />
        <Choice label={t('trial.stage')} value={hearing.stage} options={TRIAL_STAGES} optionKey={(s) => `trial.stage.${s}`} noneKey="trial.notSpecified" onChange={(stage) => setHearing({ stage })} />
      </div>

      <HearingLog log={draft.log} onChange={(log) => onChange({ log })} now={now} inputRef={logFirst ? titleRef : undefined} />

      <Section title={t('trial.section.hearing')}>
        <div className="meeting-fields__row">
          <TextInput label={t('trial.courtName')} value={hearing.courtName} onChange={(courtName) => setHearing({ courtName })} />
          <Choice label={t('trial.courtType')} value={hearing.courtType} options={COURT_TYPES} optionKey={(c) => `trial.courtType.${c}`} noneKey="trial.notSpecified" onChange={(courtType) => setHearing({ courtType })} />
          <TextInput label={t('trial.courtLevel')} value={hearing.courtLevel} onChange={(courtLevel) => setHearing({ courtLevel })} />
        </div>
        <div className="meeting-fields__row">
          <TextInput label={t('trial.city')} value={hearing.city} onChange={(city) => setHearing({ city })} />
          <TextInput label={t('trial.courtroom')} value={hearing.courtroom} onChange={(courtroom) => setHearing({ courtroom })} />
          <Field label={t('editor.location')}>
            {(c) => <input {...c} className="input" dir="auto" maxLength={LIMITS.location} value={draft.location} onChange={(e) => onChange({ location: e.target.value })} />}
          </Field>
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
        <Rows
          rows={hearing.counsel}
          onChange={(counsel) => setHearing({ counsel })}
          blank={BLANK_COUNSEL}
          addLabel={t('trial.counsel.add')}
          removeLabel={(i) => t('trial.counsel.remove', { number: String(i + 1) })}
          render={(row, change, i) => (
            <div className="meeting-fields__row">
              <TextInput label={t('trial.counsel.name', { number: String(i + 1) })} value={row.name} onChange={(name) => change({ ...row, name })} />
              <Choice label={t('trial.counsel.appointment')} value={row.appointment} options={COUNSEL_APPOINTMENTS} optionKey={(a) => `trial.appointment.${a}`} noneKey="trial.notSpecified" onChange={(appointment) => change({ ...row, appointment })} />
            </div>
          )}
        />
        <h3 className="field__label">{t('trial.defendants')}</h3>
        <Rows
          rows={hearing.defendants}
          onChange={(defendants) => setHearing({ defendants })}
          blank={BLANK_DEFENDANT}
          addLabel={t('trial.defendants.add')}
          removeLabel={(i) => t('trial.defendants.remove', { number: String(i + 1) })}
          render={(row, change, i) => (
            <div className="meeting-fields__row">
              <TextInput label={t('trial.defendants.name', { number: String(i + 1) })} hint={t('trial.defendants.nameHint')} value={row.name} onChange={(name) => change({ ...row, name })} />
              <Choice label={t('trial.detention')} value={row.detention} options={DETENTION_STATUSES} optionKey={(d) => `trial.detention.${d}`} onChange={(detention) => change({ ...row, detention: detention ?? 'unknown' })} />
              <TextInput label={t('trial.detentionPlace')} value={row.detentionPlace} onChange={(detentionPlace) => change({ ...row, detentionPlace })} />
              <label className="check">
                <input type="checkbox" checked={row.juvenile} onChange={(e) => change({ ...row, juvenile: e.target.checked })} />
                {t('trial.juvenile')}
              </label>
            </div>
          )}
        />
        <TextInput long label={t('trial.charges')} value={hearing.charges} onChange={(charges) => setHearing({ charges })} />
        <TextInput long label={t('trial.legalProvisions')} value={hearing.legalProvisions} onChange={(legalProvisions) => setHearing({ legalProvisions })} />
        <div className="meeting-fields__row">
          <TextInput label={t('trial.plea')} value={hearing.plea} onChange={(plea) => setHearing({ plea })} />
          <TextInput label={t('trial.languages')} value={hearing.languages} onChange={(languages) => setHearing({ languages })} />
          <AnswerChoice label={t('trial.interpreter')} value={hearing.interpreter} onChange={(interpreter) => setHearing({ interpreter })} />
        </div>
      </Section>

      <Section title={t('trial.section.access')}>
        <div className="meeting-fields__row">
          <AnswerChoice label={t('trial.access.admitted')} value={access.admitted} onChange={(admitted) => setAccess({ admitted })} />
          <AnswerChoice label={t('trial.access.idChecked')} value={access.idChecked} onChange={(idChecked) => setAccess({ idChecked })} />
          <AnswerChoice label={t('trial.access.toldNoNotes')} value={access.toldNoNotes} onChange={(toldNoNotes) => setAccess({ toldNoNotes })} />
          <AnswerChoice label={t('trial.access.removed')} value={access.removed} onChange={(removed) => setAccess({ removed })} />
        </div>
        <fieldset className="checks">
          <legend className="field__label">{t('trial.access.observers')}</legend>
          {OBSERVER_GROUPS.map((group) => (
            <label key={group} className="check">
              <input
                type="checkbox"
                checked={access.observers.includes(group)}
                onChange={(e) => setAccess({ observers: e.target.checked ? [...access.observers, group] : access.observers.filter((g) => g !== group) })}
              />
              {t(`trial.observers.${group}`)}
            </label>
          ))}
        </fieldset>
        <TextInput label={t('trial.access.observersNotes')} value={access.observersNotes} onChange={(observersNotes) => setAccess({ observersNotes })} />
        <TextInput long label={t('trial.access.security')} value={access.security} onChange={(security) => setAccess({ security })} />
      </Section>

      <Section title={t('trial.section.rights')}>
        <p className="muted">{t('trial.rights.hint')}</p>
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

      <FairTrialChecklist checklist={draft.checklist} log={draft.log} onChange={(checklist) => onChange({ checklist })} />

      <Section title={t('trial.section.outcome')}>
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

      <Field label={t('trial.notes')}>
        {(c) => <textarea {...c} className="input textarea textarea--grow" dir="auto" rows={6} maxLength={LIMITS.body} value={draft.body} onChange={(e) => onChange({ body: e.target.value, carried: { ...draft.carried, bodyDoc: null } })} />}
      </Field>
      <CommonFields value={draft.common} onChange={(common) => onChange({ common })} />
      {entryId ? <CaseTimeline entryId={entryId} /> : null}
    </div>
  );
}
