import { COUNTERPART_TYPES, type SummaryFact } from '../../../../shared/domain/entries';
import type { TextKey } from '../../i18n/catalog';
import { COURT_TYPES, TRIAL_STAGES } from '../../../../shared/domain/trial-vocabulary';
import { CASE_STATUSES } from '../../../../shared/domain/case-vocabulary';
import { counterpartKey } from './counterpart-label';

const isOneOf = <V extends string>(values: readonly V[], value: string): value is V => (values as readonly string[]).includes(value);
const isCounterpart = (value: string): value is (typeof COUNTERPART_TYPES)[number] => (COUNTERPART_TYPES as readonly string[]).includes(value);

/**
 * The message for a fact a list row or search hit shows (a vocabulary value: the core never
 * sends free text here). Each kind's facts are listed; a fact this renderer does not know is
 * not shown rather than shown raw.
 */
export function factKey(fact: SummaryFact): TextKey | null {
  if (fact.field === 'counterpartType' && isCounterpart(fact.value)) return counterpartKey(fact.value);
  if (fact.field === 'stage' && isOneOf(TRIAL_STAGES, fact.value)) return `trial.stage.${fact.value}`;
  if (fact.field === 'courtType' && isOneOf(COURT_TYPES, fact.value)) return `trial.courtType.${fact.value}`;
  if (fact.field === 'consentState' && fact.value === 'given') return 'consent.fact.given';
  if (fact.field === 'consentState' && fact.value === 'withdrawn') return 'consent.state.withdrawn';
  if (fact.field === 'caseStatus' && isOneOf(CASE_STATUSES, fact.value)) return `case.status.${fact.value}`;
  return null;
}
