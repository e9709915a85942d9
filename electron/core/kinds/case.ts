import type { AuditRecordInput } from '../../../shared/domain/audit-vocabulary';
import { FREE_ACTION } from '../../../shared/domain/case-vocabulary';
import type { EntryOf } from '../../../shared/domain/entries';
import { actionScope, type CaseAction } from '../../../shared/domain/kinds/case';
import { AppError } from '../../../shared/errors';
import { consentsCover } from '../services/consent-gate';
import type { KindModule, WriteContext } from './kind-module';

type DefenderCase = EntryOf<'case'>;
type Consent = EntryOf<'consent'>;

/** Planned or under way: a dated one of these is due (Upcoming); a done one is history. */
const PENDING = new Set<CaseAction['status']>(['planned', 'in-progress']);

/** Noon of the action's day on this machine's clock: the gate asks about calendar days. */
function dayAt(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

/**
 * An action the gate has already judged at this scope and date (covered, or overridden) is not
 * judged again: a consent withdrawn later must not make the case unsavable, nor re-audit an
 * override. Any change to whether, what or when brings the gate back.
 */
function alreadyJudged(action: CaseAction, previous: DefenderCase | null): boolean {
  const before = previous?.actions.find((a) => a.id === action.id);
  return before !== undefined && before.onBehalf && actionScope(before) === actionScope(action) && before.date === action.date && before.overrideReason === action.overrideReason;
}

function describe(action: CaseAction): string {
  return action.action === FREE_ACTION ? `the action '${action.label.trim().slice(0, 60) || 'other'}'` : `the action '${action.action}'`;
}

/**
 * DO NO HARM, ENFORCED: every action newly recorded as taken on the defender's behalf needs a
 * consent of the defender covering its scope on its date (the notebook's clock when undated).
 * Without one the write is refused, naming the scope, unless the action carries the officer's
 * reason for going ahead: then 'consent.gate-overridden' goes into the audit log with ids and
 * the scope only (the reason stays in the entry, where a redaction can reach it).
 */
function gate(previous: DefenderCase | null, next: DefenderCase, context: WriteContext): AuditRecordInput[] {
  const records: AuditRecordInput[] = [];
  let consents: Consent[] | undefined;
  for (const action of next.actions) {
    if (!action.onBehalf || alreadyJudged(action, previous)) continue;
    const scope = actionScope(action);
    if (scope === null) {
      throw new AppError('INVALID_INPUT', `actions: ${describe(action)} is taken on the defender's behalf but names no consent scope: choose the scope it needs.`);
    }
    if (next.defenderId === null) {
      throw new AppError('NOT_ALLOWED', `Consent needed for '${scope}': ${describe(action)} is taken on the defender's behalf, but the case names no defender. Choose the defender first.`);
    }
    const defenderId = next.defenderId;
    consents ??= context.entriesWith('consent', { facet: 'person', value: defenderId }).filter((e): e is Consent => e.kind === 'consent');
    const at = action.date === null ? context.now : dayAt(action.date);
    const coverage = consentsCover(consents, scope, at);
    if (coverage.covered) continue;
    if (action.overrideReason.trim() === '') {
      throw new AppError(
        'NOT_ALLOWED',
        `Consent needed for '${scope}': no consent of the defender in force on ${action.date ?? 'that day'} covers ${describe(action)} (${coverage.reason}). Record the defender's consent, or write why you go ahead without it (overrideReason).`,
      );
    }
    records.push({ action: 'consent.gate-overridden', subjectId: next.id, detail: { personId: defenderId, scope, actionId: action.id, gap: coverage.reason } });
  }
  return records;
}

/** A threatened-defender case (shared/domain/kinds/case.ts); its trials point at it by defenderCaseId. */
export const caseKind: KindModule<'case'> = {
  kind: 'case',
  detailsTable: 'case_details',
  searchFields: (c) => c.actions.filter((a) => a.action === FREE_ACTION && a.label.trim()).map((a) => ({ field: 'caseAction', text: a.label })),
  facts: (c) => [{ field: 'caseStatus', value: c.caseStatus }],
  facets: (c) => [
    ...(c.defenderId ? [{ facet: 'person', value: c.defenderId }] : []),
    ...c.actions.flatMap((a) => (a.date !== null && PENDING.has(a.status) ? [{ facet: 'due:case-action', value: a.date }] : [])),
  ],
  fixedKeys: ['defenderId', 'threats', 'caseStatus', 'type', 'consultedOn', 'id', 'action', 'scope', 'status', 'date', 'onBehalf'],
  checkWrite: gate,
  deletable: true,
};
