import { useState } from 'react';
import { CASE_ACTION_STATUSES, FREE_ACTION, LONG_TERM_ACTIONS, SHORT_TERM_ACTIONS, type CaseActionKey, type CaseActionStatus } from '../../../../../shared/domain/case-vocabulary';
import { CONSENT_SCOPES, type ConsentGap, type ConsentScope } from '../../../../../shared/domain/consent-vocabulary';
import { LIMITS } from '../../../../../shared/domain/entries';
import { actionScope } from '../../../../../shared/domain/kinds/case';
import { Choice } from '../../../components/Choice';
import { Field } from '../../../components/Field';
import { FieldProblem } from '../../../components/FieldProblem';
import { Section } from '../../../components/Section';
import { useI18n } from '../../../i18n/use-i18n';
import { call } from '../../../ipc/client';
import { parseDay } from '../../people';
import { EditableRows } from '../EditableRows';
import type { ActionForm } from './case-form';
import { GateDialog } from './GateDialog';

interface CaseActionsProps {
  actions: ActionForm[];
  defenderId: string | null;
  onChange: (actions: ActionForm[]) => void;
}

/** A group of the case's actions is a plain stack: the form around it is already the frame. */
const GROUP = 'stack stack--tight';

const blankAction = (action: CaseActionKey | typeof FREE_ACTION, status: CaseActionStatus): ActionForm => ({
  id: crypto.randomUUID(),
  action,
  label: '',
  scope: null,
  status,
  dateText: '',
  notes: '',
  onBehalf: false,
  overrideReason: '',
});

/** Noon of the day on this machine's clock, as the gate in the core asks about it. */
function dayInstant(day: string | null): string | undefined {
  if (day === null) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12).toISOString();
}

interface ActionRowProps {
  action: ActionForm;
  problem: string;
  onPatch: (patch: Partial<ActionForm>) => void;
  onOnBehalf: (on: boolean) => void;
}

function ActionDetails({ action, problem, onPatch, onOnBehalf }: ActionRowProps) {
  const { t } = useI18n();
  const scope = actionScope(action);
  const badDate = parseDay(action.dateText) === undefined;
  return (
    <div className="stack stack--tight case-action__details">
      {action.action === FREE_ACTION ? (
        <div className="meeting-fields__row">
          <Field label={t('case.actionLabel')}>{(c) => <input {...c} className="input" dir="auto" maxLength={LIMITS.field} value={action.label} onChange={(e) => onPatch({ label: e.target.value })} />}</Field>
          <Field label={t('case.actionScope')}>
            {(c) => (
              <select {...c} className="input" value={action.scope ?? ''} onChange={(e) => onPatch({ scope: (e.target.value || null) as ConsentScope | null, onBehalf: false, overrideReason: '' })}>
                <option value="">{t('case.actionScope.none')}</option>
                {CONSENT_SCOPES.map((s) => (
                  <option key={s} value={s}>
                    {t(`consent.scope.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      ) : null}
      <div className="meeting-fields__row">
        <Choice label={t('case.actionStatus')} value={action.status} options={CASE_ACTION_STATUSES} optionKey={(s) => `case.actionStatus.${s}`} onChange={(status) => onPatch({ status })} />
        <Field label={t('case.actionDate')} problem={badDate ? t('case.badDate') : undefined}>
          {(c) => <input {...c} className="input" dir="ltr" inputMode="numeric" value={action.dateText} onChange={(e) => onPatch({ dateText: e.target.value, onBehalf: false, overrideReason: '' })} />}
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={action.onBehalf} onChange={(e) => onOnBehalf(e.target.checked)} />
        <span>{t('case.onBehalf')}</span>
      </label>
      {scope ? <p className="muted">{t('case.onBehalfNeeds', { scope: t(`consent.scope.${scope}`) })}</p> : null}
      {action.onBehalf ? <p className="case-action__gate">{action.overrideReason ? t('case.overridden', { reason: action.overrideReason }) : t('case.covered')}</p> : null}
      <FieldProblem text={problem} alert />
      <Field label={t('case.actionNotes')}>{(c) => <textarea {...c} className="input" dir="auto" rows={2} maxLength={LIMITS.paragraph} value={action.notes} onChange={(e) => onPatch({ notes: e.target.value })} />}</Field>
    </div>
  );
}

/**
 * The guidelines' short- and long-term actions as a checklist, and the officer's own. Ticking
 * "done on the defender's behalf" asks the gate at once: covered, or the dialog that names the
 * missing consent and takes the reason to go ahead (the core checks again when it is saved).
 */
export function CaseActions({ actions, defenderId, onChange }: CaseActionsProps) {
  const { t } = useI18n();
  const [gate, setGate] = useState<{ id: string; scope: ConsentScope; gap: ConsentGap } | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});

  const patch = (id: string, change: Partial<ActionForm>) => onChange(actions.map((a) => (a.id === id ? { ...a, ...change } : a)));
  const say = (id: string, problem: string) => setProblems((p) => ({ ...p, [id]: problem }));

  async function onBehalf(action: ActionForm, on: boolean) {
    say(action.id, '');
    if (!on) return patch(action.id, { onBehalf: false, overrideReason: '' });
    const scope = actionScope(action);
    if (defenderId === null) return say(action.id, t('case.noDefender'));
    if (scope === null) return say(action.id, t('case.noScope'));
    const at = dayInstant(parseDay(action.dateText) ?? null);
    const coverage = await call('consent:check', { personId: defenderId, scope, ...(at ? { at } : {}) });
    if (coverage.covered) patch(action.id, { onBehalf: true, overrideReason: '' });
    else setGate({ id: action.id, scope: coverage.missingScope, gap: coverage.reason });
  }

  const row = (action: ActionForm) => (
    <ActionDetails action={action} problem={problems[action.id] ?? ''} onPatch={(change) => patch(action.id, change)} onOnBehalf={(on) => void onBehalf(action, on)} />
  );

  const guideline = (key: CaseActionKey) => {
    const action = actions.find((a) => a.action === key);
    return (
      <li key={key} className="case-action">
        <Choice
          label={t(`case.action.${key}`)}
          value={action ? action.status : null}
          options={CASE_ACTION_STATUSES}
          optionKey={(s) => `case.actionStatus.${s}`}
          noneKey="case.actionStatus.none"
          onChange={(status) => {
            if (status === null) onChange(actions.filter((a) => a.action !== key));
            else if (action) patch(action.id, { status });
            else onChange([...actions, blankAction(key, status)]);
          }}
        />
        {action ? row(action) : null}
      </li>
    );
  };

  const free = actions.filter((a) => a.action === FREE_ACTION);
  // An own action added or removed; every other action keeps its place in the saved list.
  const setFree = (next: ActionForm[]) => onChange([...actions.filter((a) => a.action !== FREE_ACTION || next.includes(a)), ...next.filter((a) => !actions.includes(a))]);
  return (
    <>
      <Section id="case-short-term" className={GROUP} heading={t('case.shortTerm')}>
        <ul className="stack stack--tight case-actions">{SHORT_TERM_ACTIONS.map(guideline)}</ul>
      </Section>
      <Section id="case-long-term" className={GROUP} heading={t('case.longTerm')}>
        <ul className="stack stack--tight case-actions">{LONG_TERM_ACTIONS.map(guideline)}</ul>
      </Section>
      <Section id="case-free" className={GROUP} heading={t('case.freeActions')}>
        <EditableRows
          rows={free}
          onChange={setFree}
          blank={() => blankAction(FREE_ACTION, 'planned')}
          addLabel={t('case.freeAction.add')}
          removeLabel={() => t('case.freeAction.remove')}
          rowKey={(action) => action.id}
        >
          {(action) => row(action)}
        </EditableRows>
      </Section>
      {gate ? (
        <GateDialog
          scope={gate.scope}
          gap={gate.gap}
          onCancel={() => setGate(null)}
          onOverride={(reason) => {
            patch(gate.id, { onBehalf: true, overrideReason: reason });
            setGate(null);
          }}
        />
      ) : null}
    </>
  );
}
