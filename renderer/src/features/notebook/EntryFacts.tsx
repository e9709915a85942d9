import type { SummaryFact } from '../../../../shared/domain/entries';
import { useI18n } from '../../i18n/use-i18n';
import { factKey } from './fact-label';

/** The vocabulary facts of a list row or search hit (counterpart type, hearing stage…), as tags. */
export function EntryFacts({ facts }: { facts: readonly SummaryFact[] }) {
  const { t } = useI18n();
  return facts.map((fact) => {
    const key = factKey(fact);
    return key ? (
      <span key={`${fact.field}:${fact.value}`} className="tag">
        {t(key)}
      </span>
    ) : null;
  });
}
