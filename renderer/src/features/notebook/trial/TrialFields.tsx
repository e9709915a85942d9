import { useCallback, useEffect, useState } from 'react';
import type { ChecklistEntry, LogLine } from '../../../../../shared/domain/kinds/trial';
import type { KindFieldsProps } from '../EntryEditorFrame';
import { CaseTimeline } from './CaseTimeline';
import { FairTrialChecklist } from './FairTrialChecklist';
import { HearingLog } from './HearingLog';
import { clearLogCapture, logCaptureAsked } from './open-entry';
import type { TrialDraft } from './trial-form';
import { AccessSection, ClosingFields, HearingSection, OpeningFields, OutcomeSection, RightsSection } from './TrialSections';

const systemNow = () => new Date();

/**
 * A hearing's form. Every part is memoised on its own slice of the draft (TrialSections.tsx):
 * a line added to the log re-renders the log and the checklist that cites it, nothing else.
 * `now` stamps log lines: passed in so the harness's frozen clock is what a test reads.
 */
export function TrialFields({ draft, onChange, titleProblem, titleRef, entryId, now = systemNow }: KindFieldsProps<TrialDraft> & { now?: () => Date }) {
  // Quick capture: the cursor goes to the log, where the frame would put it in the title, until the first line is written.
  const [capture] = useState(() => entryId === null && logCaptureAsked());
  useEffect(() => clearLogCapture(), []);
  const logFirst = capture && draft.log.length === 0;
  const setLog = useCallback((log: LogLine[]) => onChange({ log }), [onChange]);
  const setChecklist = useCallback((checklist: ChecklistEntry[]) => onChange({ checklist }), [onChange]);

  return (
    <div className="meeting-fields trial-fields">
      <OpeningFields title={draft.title} occurredAt={draft.occurredAt} hearing={draft.hearing} titleProblem={titleProblem} titleRef={logFirst ? null : titleRef} onChange={onChange} />
      <HearingLog log={draft.log} onChange={setLog} now={now} inputRef={logFirst ? titleRef : undefined} />
      <HearingSection hearing={draft.hearing} location={draft.location} onChange={onChange} />
      <AccessSection access={draft.access} onChange={onChange} />
      <RightsSection rights={draft.rights} onChange={onChange} />
      <FairTrialChecklist checklist={draft.checklist} log={draft.log} onChange={setChecklist} />
      <OutcomeSection adjournment={draft.adjournment} assessment={draft.assessment} onChange={onChange} />
      <ClosingFields body={draft.body} bodyDoc={draft.bodyDoc} defenderCaseId={draft.defenderCaseId} common={draft.common} onChange={onChange} />
      {entryId ? <CaseTimeline entryId={entryId} /> : null}
    </div>
  );
}
