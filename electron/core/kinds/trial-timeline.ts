import type { FacetFilter } from '../../../shared/domain/entries';
import type { Trial, TrialTimeline } from '../../../shared/domain/kinds/trial';
import { caseNumberKey } from '../../../shared/domain/trial-vocabulary';
import { AppError } from '../../../shared/errors';
import type { EntriesService } from '../services/entries-service';

/** Far more hearings than any one case has; the list's own page limit. */
const MAX_HEARINGS = 500;

/** Oldest first by hearing date; undated hearings (not yet dated by the officer) by when written, after. */
function byHearingDate(a: Trial, b: Trial): number {
  // Code-unit order, not localeCompare: ISO instants sort as text, and '~' must sort after every digit.
  const key = (t: Trial) => `${t.occurredAt ?? `~${t.createdAt}`}|${t.createdAt}`;
  const [ka, kb] = [key(a), key(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The hearings of the trial's case, oldest first, with the adjournment that led from each to
 * the next: every trial sharing its case number (however typed, see caseNumberKey) or its
 * threatened-defender case. A trial with neither is a case of one hearing.
 */
export function trialTimeline(entries: EntriesService, id: string): TrialTimeline {
  const trial = entries.get(id);
  if (trial.kind !== 'trial') throw new AppError('INVALID_INPUT', 'Only a trial observation has a case timeline.');
  const key = caseNumberKey(trial.hearing.caseNumber);
  const filters: FacetFilter[] = [
    ...(key ? [{ facet: 'trial-case' as const, value: key }] : []),
    ...(trial.defenderCaseId ? [{ facet: 'case' as const, value: trial.defenderCaseId }] : []),
  ];
  const ids = new Set([trial.id]);
  for (const filter of filters) {
    for (const summary of entries.list({ kind: 'trial', facets: [filter], limit: MAX_HEARINGS, offset: 0 }).entries) ids.add(summary.id);
  }
  const hearings = [...ids]
    .map((other) => (other === trial.id ? trial : entries.get(other)))
    .filter((entry): entry is Trial => entry.kind === 'trial')
    .sort(byHearingDate);
  return {
    caseNumber: trial.hearing.caseNumber,
    defenderCaseId: trial.defenderCaseId,
    hearings: hearings.map((h) => ({
      id: h.id,
      title: h.title,
      occurredAt: h.occurredAt,
      stage: h.hearing.stage,
      adjournment: h.adjournment.adjourned || h.adjournment.nextHearingOn ? { reason: h.adjournment.reason, nextHearingOn: h.adjournment.nextHearingOn } : null,
    })),
  };
}
