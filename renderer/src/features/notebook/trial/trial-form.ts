import { trialInputSchema, type ChecklistEntry, type LogLine, type TrialInput } from '../../../../../shared/domain/kinds/trial';
import type { FairTrialItem } from '../../../../../shared/domain/trial-vocabulary';
import { toLatinDigits } from '../../../i18n/formats';
import { bodyFromEntry, type BodyForm } from '../body-form';
import { commonFromEntry, type CommonForm } from '../common-form';
import type { EntryAdapter } from '../entry-adapter';
import { sameData } from '../same-data';
import { isoToLocalInput, localInputToIso } from '../meeting-form';

type Sections = Pick<TrialInput, 'hearing' | 'access' | 'rights' | 'checklist' | 'log' | 'adjournment' | 'assessment'>;

/**
 * A hearing as its form holds it: the trial's own sections as the contract shapes them (each
 * input converts at its edge), the date as the date field wants it.
 */
export interface TrialDraft extends Sections, BodyForm {
  title: string;
  /** `YYYY-MM-DDTHH:mm`, local time: the hearing date. */
  occurredAt: string;
  location: string;
  common: CommonForm;
  /** The threatened-defender case this hearing belongs to (its timeline and its page), or none. */
  defenderCaseId: string | null;
}

const EMPTY = trialInputSchema.parse({ kind: 'trial', title: '-' });

function fromInput(entry: TrialInput): TrialDraft {
  const { hearing, access, rights, checklist, log, adjournment, assessment, defenderCaseId } = entry;
  return {
    title: entry.title,
    ...bodyFromEntry(entry),
    occurredAt: isoToLocalInput(entry.occurredAt),
    location: entry.location,
    hearing,
    access,
    rights,
    checklist,
    log,
    adjournment,
    assessment,
    common: commonFromEntry(entry),
    defenderCaseId,
  };
}

/** An item the officer has not touched is not saved: the checklist holds only what was found. */
const touched = (c: ChecklistEntry) => c.finding !== null || c.evidence.trim() !== '' || c.cites.length > 0;

function toInput(draft: TrialDraft): TrialInput {
  const { title, body, bodyDoc, occurredAt, location, common, defenderCaseId, ...sections } = draft;
  return { kind: 'trial', title, body, bodyDoc, occurredAt: localInputToIso(occurredAt), location, ...common, defenderCaseId, ...sections, checklist: sections.checklist.filter(touched) };
}

export const trialAdapter: EntryAdapter<TrialDraft> = {
  kind: 'trial',
  blank: (now) => ({ ...fromInput(EMPTY), title: '', occurredAt: isoToLocalInput(now.toISOString()) }),
  fromEntry: (entry) => (entry.kind === 'trial' ? fromInput(entry) : null),
  toInput,
  same: (a, b) => sameData(toInput(a), toInput(b)),
};

/** Untouched items, one object each for good: a memoised item that nobody touched is never redrawn. */
const untouched = new Map<FairTrialItem, ChecklistEntry>();
function untouchedEntry(item: FairTrialItem): ChecklistEntry {
  const entry = untouched.get(item) ?? { item, finding: null, evidence: '', cites: [] };
  untouched.set(item, entry);
  return entry;
}

/** The checklist entry for an item, or an untouched one. */
export function checklistEntry(checklist: readonly ChecklistEntry[], item: FairTrialItem): ChecklistEntry {
  return checklist.find((c) => c.item === item) ?? untouchedEntry(item);
}

/** The checklist with one item replaced (kept in the brief's order of first change). */
export function withChecklistEntry(checklist: readonly ChecklistEntry[], next: ChecklistEntry): ChecklistEntry[] {
  return checklist.some((c) => c.item === next.item) ? checklist.map((c) => (c.item === next.item ? next : c)) : [...checklist, next];
}

/** A new log line stamped `at`; its id is what a checklist item cites. */
export function logLine(text: string, at: Date): LogLine {
  return { id: crypto.randomUUID(), at: at.toISOString(), text };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A line's time as the officer reads and edits it: `HH:MM`, local. */
export function lineTime(iso: string): string {
  const date = new Date(iso);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The line's instant moved to the time typed (`HH:MM`, any digits), same day; null when it is not a time. */
export function withLineTime(iso: string, typed: string): string | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(toLatinDigits(typed.trim()));
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return null;
  const date = new Date(iso);
  date.setHours(hours, minutes, 0, 0);
  return date.toISOString();
}

/** A calendar day (the next hearing) as the date field holds it, and back. */
export const dayToLocalInput = (day: string | null) => (day ? `${day}T00:00` : '');
export const localInputToDay = (value: string) => (localInputToIso(value) ? value.slice(0, 10) : null);

export { isoToLocalInput, localInputToIso };
