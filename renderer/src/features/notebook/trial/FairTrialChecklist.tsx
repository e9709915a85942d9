import { memo, useCallback, useId, useState } from 'react';
import type { ChecklistEntry, LogLine } from '../../../../../shared/domain/kinds/trial';
import { CHECKLIST_FINDINGS, FAIR_TRIAL_ITEMS, type FairTrialItem } from '../../../../../shared/domain/trial-vocabulary';
import { Choice } from '../../../components/Choice';
import { Section } from '../../../components/Section';
import { useI18n } from '../../../i18n/use-i18n';
import { TextInput } from './TextInput';
import { checklistEntry, lineTime, withChecklistEntry } from './trial-form';

interface ItemProps {
  entry: ChecklistEntry;
  log: readonly LogLine[];
  onChange: (entry: ChecklistEntry) => void;
}

/** One guarantee: its finding, the evidence, and the log lines it rests on (ticked from the log as written). */
const ChecklistItem = memo(function ChecklistItem({ entry, log, onChange }: ItemProps) {
  const { t } = useI18n();
  const legendId = useId();
  const name = t(`trial.item.${entry.item}`);
  // The body is drawn only while open: sixteen items, each with a checkbox per log line, would
  // otherwise be thousands of inputs re-rendered by every line added in a long hearing.
  const [open, setOpen] = useState(entry.finding !== null || entry.evidence !== '');
  return (
    <li className="checklist__item">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="checklist__summary">
          <span className="checklist__name">{name}</span>
          <span className="muted">{entry.finding ? t(`trial.finding.${entry.finding}`) : t('trial.finding.none')}</span>
        </summary>
        {open ? (
        <div className="checklist__body">
          <Choice label={t('trial.checklist.finding', { item: name })} value={entry.finding} options={CHECKLIST_FINDINGS} optionKey={(f) => `trial.finding.${f}`} noneKey="trial.finding.none" onChange={(finding) => onChange({ ...entry, finding })} />
          <TextInput long label={t('trial.checklist.evidence', { item: name })} value={entry.evidence} onChange={(evidence) => onChange({ ...entry, evidence })} />
          <fieldset className="checklist__cites" aria-labelledby={legendId}>
            <legend id={legendId} className="field__label">
              {t('trial.checklist.cites', { item: name })}
            </legend>
            {log.length === 0 ? <p className="muted">{t('trial.checklist.noLines')}</p> : null}
            {log.map((line) => (
              <label key={line.id} className="check">
                <input
                  type="checkbox"
                  checked={entry.cites.includes(line.id)}
                  onChange={(e) => onChange({ ...entry, cites: e.target.checked ? [...entry.cites, line.id] : entry.cites.filter((id) => id !== line.id) })}
                />
                <span dir="auto">
                  <span dir="ltr">{lineTime(line.at)}</span> {line.text}
                </span>
              </label>
            ))}
          </fieldset>
        </div>
        ) : null}
      </details>
    </li>
  );
});

interface FairTrialChecklistProps {
  checklist: readonly ChecklistEntry[];
  log: readonly LogLine[];
  onChange: (checklist: ChecklistEntry[]) => void;
}

/** The brief's fair-trial checklist, item by item, in its order. Memoised: a keystroke elsewhere in the form never redraws it. */
export const FairTrialChecklist = memo(function FairTrialChecklist({ checklist, log, onChange }: FairTrialChecklistProps) {
  const { t } = useI18n();
  const change = useCallback((next: ChecklistEntry) => onChange(withChecklistEntry(checklist, next)), [checklist, onChange]);
  return (
    <Section className="trial-section" heading={t('trial.section.checklist')} hint={t('trial.checklist.hint')}>
      <ol className="checklist">
        {FAIR_TRIAL_ITEMS.map((item: FairTrialItem) => (
          <ChecklistItem key={item} entry={checklistEntry(checklist, item)} log={log} onChange={change} />
        ))}
      </ol>
    </Section>
  );
});
