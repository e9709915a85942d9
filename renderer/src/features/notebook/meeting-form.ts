import { meetingInputSchema, type CounterpartType, type MeetingInput } from '../../../../shared/domain/entries';
import type { STORED_KEYS } from '../../../../shared/domain/kinds/common';
import { parseDay } from '../people';
import { EMPTY_BODY, bodyFromEntry, sameBody, type BodyForm } from './body-form';
import { EMPTY_COMMON, commonFromEntry, sameCommon, type CommonForm } from './common-form';

type StoredKey = (typeof STORED_KEYS)[number];
import type { EntryAdapter } from './entry-adapter';

type FormFields =
  | 'kind'
  | 'title'
  | 'body'
  | 'bodyDoc'
  | 'occurredAt'
  | 'location'
  | 'counterpartType'
  | 'participants'
  | 'participantRefs'
  | 'concerns'
  | 'followUps'
  | 'statements'
  | 'defenderCaseId'
  | keyof CommonForm;
/** The meeting's fields this form has no inputs for: carried through a save unchanged, never dropped. */
type Carried = Omit<MeetingInput, FormFields>;

/** A follow-up as its row holds it: the due day as typed (any digits), read when saving. */
export interface FollowUpForm {
  text: string;
  owner: string;
  dueOn: string;
  done: boolean;
}

/** A passage; speaker is a person id from People or '' (nobody named). */
export interface StatementForm {
  text: string;
  speaker: string;
  doNotAttribute: boolean;
}

/** What the form holds: strings as the inputs want them, converted only when saving. */
export interface MeetingDraft extends BodyForm {
  title: string;
  /** `YYYY-MM-DDTHH:mm` in the laptop's local time, as <input type="datetime-local"> gives it. */
  occurredAt: string;
  location: string;
  counterpartType: CounterpartType | '';
  participants: string;
  /** Ids of people and organisations in People who took part. */
  participantRefs: string[];
  concerns: string;
  followUps: FollowUpForm[];
  statements: StatementForm[];
  /** The defender case the meeting was about (an entry id), or none. */
  defenderCaseId: string | null;
  common: CommonForm;
  carried: Carried;
}

/** Only the input's own fields: a saved entry also carries what the vault assigned (id, revision…), which a save must not send back. */
function carriedOf(entry: MeetingInput): Carried {
  const { id: _id, revision: _revision, status: _status, createdAt: _created, updatedAt: _updated, ...input } = entry as MeetingInput & Partial<Record<StoredKey, unknown>>;
  const { kind: _kind, title: _title, body: _body, bodyDoc: _doc, occurredAt: _at, location: _location, counterpartType: _type, participants: _people, ...rest } = input;
  const { participantRefs: _refs, concerns: _concerns, followUps: _followUps, statements: _statements, defenderCaseId: _case, ...unshown } = rest;
  const { country: _country, tags: _tags, topics: _topics, outlets: _outlets, sensitivity: _sensitivity, ...carried } = unshown;
  return carried;
}

export const EMPTY_DRAFT: MeetingDraft = {
  title: '',
  ...EMPTY_BODY,
  occurredAt: '',
  location: '',
  counterpartType: '',
  participants: '',
  participantRefs: [],
  concerns: '',
  followUps: [],
  statements: [],
  defenderCaseId: null,
  common: EMPTY_COMMON,
  carried: carriedOf(meetingInputSchema.parse({ kind: 'meeting', title: '-' })),
};

/** An empty note dated `now` (the officer usually writes during or right after the meeting). */
export function newDraft(now: Date): MeetingDraft {
  return { ...EMPTY_DRAFT, occurredAt: isoToLocalInput(now.toISOString()) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant → the local wall-clock value a datetime-local input shows. */
export function isoToLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (local time, no zone) → an ISO instant in UTC; empty or invalid → null. */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return null;
  // A date-time string without a zone is parsed as local time by the ECMAScript spec.
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** From a saved note or a kept draft (both carry the input fields). */
export function draftFromEntry(entry: MeetingInput): MeetingDraft {
  return {
    title: entry.title,
    ...bodyFromEntry(entry),
    occurredAt: isoToLocalInput(entry.occurredAt),
    location: entry.location,
    counterpartType: entry.counterpartType ?? '',
    participants: entry.participants,
    participantRefs: entry.participantRefs.map((ref) => ref.personId),
    concerns: entry.concerns,
    followUps: entry.followUps.map((f) => ({ ...f, dueOn: f.dueOn ?? '' })),
    statements: entry.statements.map((s) => ({ text: s.text, speaker: s.speaker?.personId ?? '', doNotAttribute: s.doNotAttribute })),
    defenderCaseId: entry.defenderCaseId,
    common: commonFromEntry(entry),
    carried: carriedOf(entry),
  };
}

export function draftToInput(draft: MeetingDraft): MeetingInput {
  return {
    ...draft.carried,
    ...draft.common,
    kind: 'meeting',
    title: draft.title,
    body: draft.body,
    bodyDoc: draft.bodyDoc,
    occurredAt: localInputToIso(draft.occurredAt),
    location: draft.location,
    counterpartType: draft.counterpartType === '' ? null : draft.counterpartType,
    participants: draft.participants,
    participantRefs: draft.participantRefs.map((personId) => ({ personId })),
    concerns: draft.concerns,
    // A day still being typed (or mistyped) is saved as none; its row says so until it reads as a day.
    followUps: draft.followUps.map((f) => ({ ...f, dueOn: parseDay(f.dueOn) ?? null })),
    statements: draft.statements.map((s) => ({ text: s.text, speaker: s.speaker === '' ? null : { personId: s.speaker }, doNotAttribute: s.doNotAttribute })),
    defenderCaseId: draft.defenderCaseId,
  };
}

const STRUCTURED: ReadonlySet<keyof MeetingDraft> = new Set(['carried', 'participantRefs', 'followUps', 'statements']);

export function sameDraft(a: MeetingDraft, b: MeetingDraft): boolean {
  return (
    sameBody(a, b) &&
    sameCommon(a.common, b.common) &&
    (Object.keys(a) as (keyof MeetingDraft)[]).every((key) =>
      key === 'bodyDoc' || key === 'common' ? true : STRUCTURED.has(key) ? JSON.stringify(a[key]) === JSON.stringify(b[key]) : a[key] === b[key],
    )
  );
}

/** The meeting note's adapter for the generic entry editor. */
export const meetingAdapter: EntryAdapter<MeetingDraft> = {
  kind: 'meeting',
  blank: newDraft,
  fromEntry: (entry) => (entry.kind === 'meeting' ? draftFromEntry(entry) : null),
  toInput: draftToInput,
  same: sameDraft,
};
