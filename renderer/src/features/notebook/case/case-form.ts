import type { CaseStatus, ThreatType } from '../../../../../shared/domain/case-vocabulary';
import type { CaseAction, CaseInput, CaseSource } from '../../../../../shared/domain/kinds/case';
import { EMPTY_BODY, bodyFromEntry, sameBody, type BodyForm } from '../body-form';
import { EMPTY_COMMON, commonFromEntry, sameCommon, type CommonForm } from '../common-form';
import type { EntryAdapter } from '../entry-adapter';
import { isoToLocalInput, localInputToIso } from '../meeting-form';
import { parseDay } from '../../people';

/** A day as typed (any digits); the entry gets it as YYYY-MM-DD, or null when empty or not a day. */
export interface DayForm {
  dateText: string;
}

export type ActionForm = Omit<CaseAction, 'date'> & DayForm;
export type SourceForm = Omit<CaseSource, 'consultedOn'> & DayForm;

/** A threatened-defender case as its form holds it. */
export interface CaseDraft extends BodyForm {
  title: string;
  /** `YYYY-MM-DDTHH:mm`, local time: when the case was opened. */
  occurredAt: string;
  location: string;
  common: CommonForm;
  defenderId: string | null;
  threats: ThreatType[];
  caseStatus: CaseStatus;
  sources: SourceForm[];
  actions: ActionForm[];
}

export const dayOf = (text: string): string | null => parseDay(text) ?? null;

function fromInput(entry: CaseInput): CaseDraft {
  return {
    title: entry.title,
    ...bodyFromEntry(entry),
    occurredAt: isoToLocalInput(entry.occurredAt),
    location: entry.location,
    common: commonFromEntry(entry),
    defenderId: entry.defenderId,
    threats: entry.threats,
    caseStatus: entry.caseStatus,
    sources: entry.sources.map(({ consultedOn, ...rest }) => ({ ...rest, dateText: consultedOn ?? '' })),
    actions: entry.actions.map(({ date, ...rest }) => ({ ...rest, dateText: date ?? '' })),
  };
}

export function actionToInput({ dateText, ...rest }: ActionForm): CaseAction {
  return { ...rest, date: dayOf(dateText) };
}

export const caseAdapter: EntryAdapter<CaseDraft> = {
  kind: 'case',
  blank: (now) => ({
    title: '',
    ...EMPTY_BODY,
    occurredAt: isoToLocalInput(now.toISOString()),
    location: '',
    common: EMPTY_COMMON,
    defenderId: null,
    threats: [],
    caseStatus: 'open',
    sources: [],
    actions: [],
  }),
  fromEntry: (entry) => (entry.kind === 'case' ? fromInput(entry) : null),
  toInput: (draft) => ({
    kind: 'case',
    title: draft.title,
    body: draft.body,
    bodyDoc: draft.bodyDoc,
    occurredAt: localInputToIso(draft.occurredAt),
    location: draft.location,
    ...draft.common,
    defenderId: draft.defenderId,
    threats: draft.threats,
    caseStatus: draft.caseStatus,
    sources: draft.sources.map(({ dateText, ...rest }) => ({ ...rest, consultedOn: dayOf(dateText) })),
    actions: draft.actions.map(actionToInput),
  }),
  same: (a, b) =>
    a.title === b.title &&
    sameBody(a, b) &&
    a.occurredAt === b.occurredAt &&
    a.location === b.location &&
    sameCommon(a.common, b.common) &&
    JSON.stringify([a.defenderId, a.threats, a.caseStatus, a.sources, a.actions]) === JSON.stringify([b.defenderId, b.threats, b.caseStatus, b.sources, b.actions]),
};
