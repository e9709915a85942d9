import type { ConsentInput, ConsentWithdrawal } from '../../../../../shared/domain/kinds/consent';
import { BLANK_TERMS, termsFromEntry, termsToInput, type ConsentTerms } from '../../people';
import { EMPTY_BODY, bodyFromEntry, type BodyForm } from '../body-form';
import { EMPTY_COMMON, commonFromEntry, type CommonForm } from '../common-form';
import type { EntryAdapter } from '../entry-adapter';

/** A consent record as the consent editor holds it. */
export interface ConsentDraft extends BodyForm {
  title: string;
  terms: ConsentTerms;
  common: CommonForm;
  /** Shown, never edited here: Withdraw stores a withdrawal at once (consent:withdraw), and the core keeps it for good. */
  withdrawal: ConsentWithdrawal | null;
  /** Fields the consent editor has no inputs for, carried through a save unchanged. */
  carried: Pick<ConsentInput, 'occurredAt' | 'location'>;
}

function fromInput(entry: ConsentInput): ConsentDraft {
  return {
    title: entry.title,
    ...bodyFromEntry(entry),
    terms: termsFromEntry(entry),
    common: commonFromEntry(entry),
    withdrawal: entry.withdrawal,
    carried: { occurredAt: entry.occurredAt, location: entry.location },
  };
}

/**
 * No person yet is sent as '': a draft may lack one (as it may lack a title), a save may not
 * (the contract refuses it, and the person field says what is missing).
 */
function toInput(draft: ConsentDraft): ConsentInput {
  const { title, body, bodyDoc, terms, common, withdrawal, carried } = draft;
  return { kind: 'consent', title, body, bodyDoc, ...common, ...carried, ...termsToInput(terms), personId: terms.personId ?? '', withdrawal };
}

export const consentAdapter: EntryAdapter<ConsentDraft> = {
  kind: 'consent',
  blank: () => ({ title: '', ...EMPTY_BODY, terms: BLANK_TERMS, common: EMPTY_COMMON, withdrawal: null, carried: { occurredAt: null, location: '' } }),
  fromEntry: (entry) => (entry.kind === 'consent' ? fromInput(entry) : null),
  toInput,
  same: (a, b) => JSON.stringify(toInput(a)) === JSON.stringify(toInput(b)),
};
