import type { ObservationInput } from '../../../../shared/domain/kinds/observation';
import { EMPTY_BODY, bodyFromEntry, sameBody, type BodyForm } from './body-form';
import { EMPTY_COMMON, commonFromEntry, sameCommon, type CommonForm } from './common-form';
import type { EntryAdapter } from './entry-adapter';
import { isoToLocalInput, localInputToIso } from './meeting-form';

/** A civic-space observation as its form holds it: what every entry has, nothing more. */
export interface ObservationDraft extends BodyForm {
  title: string;
  /** `YYYY-MM-DDTHH:mm`, local time. */
  occurredAt: string;
  location: string;
  common: CommonForm;
}

function fromInput(entry: ObservationInput): ObservationDraft {
  return { title: entry.title, ...bodyFromEntry(entry), occurredAt: isoToLocalInput(entry.occurredAt), location: entry.location, common: commonFromEntry(entry) };
}

export const observationAdapter: EntryAdapter<ObservationDraft> = {
  kind: 'observation',
  blank: (now) => ({ title: '', ...EMPTY_BODY, occurredAt: isoToLocalInput(now.toISOString()), location: '', common: EMPTY_COMMON }),
  fromEntry: (entry) => (entry.kind === 'observation' ? fromInput(entry) : null),
  toInput: (draft) => ({ kind: 'observation', title: draft.title, body: draft.body, bodyDoc: draft.bodyDoc, occurredAt: localInputToIso(draft.occurredAt), location: draft.location, ...draft.common }),
  same: (a, b) => a.title === b.title && sameBody(a, b) && a.occurredAt === b.occurredAt && a.location === b.location && sameCommon(a.common, b.common),
};
