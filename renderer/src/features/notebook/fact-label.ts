import { COUNTERPART_TYPES, type SummaryFact } from '../../../../shared/domain/entries';
import type { TextKey } from '../../i18n/catalog';
import { counterpartKey } from './counterpart-label';

const isCounterpart = (value: string): value is (typeof COUNTERPART_TYPES)[number] => (COUNTERPART_TYPES as readonly string[]).includes(value);

/**
 * The message for a fact a list row or search hit shows (a vocabulary value: the core never
 * sends free text here). Each kind's facts are listed; a fact this renderer does not know is
 * not shown rather than shown raw.
 */
export function factKey(fact: SummaryFact): TextKey | null {
  if (fact.field === 'counterpartType' && isCounterpart(fact.value)) return counterpartKey(fact.value);
  if (fact.field === 'consentState' && fact.value === 'given') return 'consent.fact.given';
  if (fact.field === 'consentState' && fact.value === 'withdrawn') return 'consent.state.withdrawn';
  return null;
}
