import { meetingInputSchema, type CounterpartType, type MeetingInput } from '../../../../shared/domain/entries';
import type { STORED_KEYS } from '../../../../shared/domain/kinds/common';
import { EMPTY_COMMON, commonFromEntry, sameCommon, type CommonForm } from './common-form';

type StoredKey = (typeof STORED_KEYS)[number];
import type { EntryAdapter } from './entry-adapter';

type FormFields = 'kind' | 'title' | 'body' | 'occurredAt' | 'location' | 'counterpartType' | 'participants' | keyof CommonForm;
/** The meeting's fields this form has no inputs for: carried through a save unchanged, never dropped. */
type Carried = Omit<MeetingInput, FormFields>;

/** What the form holds: strings as the inputs want them, converted only when saving. */
export interface MeetingDraft {
  title: string;
  body: string;
  /** `YYYY-MM-DDTHH:mm` in the laptop's local time, as <input type="datetime-local"> gives it. */
  occurredAt: string;
  location: string;
  counterpartType: CounterpartType | '';
  participants: string;
  common: CommonForm;
  carried: Carried;
}

/** Only the input's own fields: a saved entry also carries what the vault assigned (id, revision…), which a save must not send back. */
function carriedOf(entry: MeetingInput): Carried {
  const { id: _id, revision: _revision, status: _status, createdAt: _created, updatedAt: _updated, ...input } = entry as MeetingInput & Partial<Record<StoredKey, unknown>>;
  const { kind: _kind, title: _title, body: _body, occurredAt: _at, location: _location, counterpartType: _type, participants: _people, ...rest } = input;
  const { country: _country, tags: _tags, topics: _topics, outlets: _outlets, sensitivity: _sensitivity, ...carried } = rest;
  return carried;
}

export const EMPTY_DRAFT: MeetingDraft = {
  title: '',
  body: '',
  occurredAt: '',
  location: '',
  counterpartType: '',
  participants: '',
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
    body: entry.body,
    occurredAt: isoToLocalInput(entry.occurredAt),
    location: entry.location,
    counterpartType: entry.counterpartType ?? '',
    participants: entry.participants,
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
    occurredAt: localInputToIso(draft.occurredAt),
    location: draft.location,
    counterpartType: draft.counterpartType === '' ? null : draft.counterpartType,
    participants: draft.participants,
  };
}

export function sameDraft(a: MeetingDraft, b: MeetingDraft): boolean {
  return (Object.keys(a) as (keyof MeetingDraft)[]).every((key) => (key === 'carried' ? JSON.stringify(a.carried) === JSON.stringify(b.carried) : key === 'common' ? sameCommon(a.common, b.common) : a[key] === b[key]));
}

/** The meeting note's adapter for the generic entry editor. */
export const meetingAdapter: EntryAdapter<MeetingDraft> = {
  kind: 'meeting',
  blank: newDraft,
  fromEntry: (entry) => (entry.kind === 'meeting' ? draftFromEntry(entry) : null),
  toInput: draftToInput,
  same: sameDraft,
};
