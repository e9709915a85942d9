import type { ConsentMethod, ConsentScope } from '../../../../shared/domain/consent-vocabulary';
import type { ConsentInput } from '../../../../shared/domain/kinds/consent';
import type { TextKey } from '../../i18n/catalog';
import { parseDay } from './dates';

export type ConsentDayField = 'givenOn' | 'reviewOn' | 'expiresOn';
export const CONSENT_DAY_FIELDS: readonly ConsentDayField[] = ['givenOn', 'reviewOn', 'expiresOn'];

/**
 * What a consent says, as its inputs hold it (the days as typed, any digits): the part the
 * Consent screen's form and the consent editor share.
 */
export interface ConsentTerms extends Record<ConsentDayField, string> {
  personId: string | null;
  scopes: ConsentScope[];
  method: ConsentMethod;
  witness: string;
  language: string;
}

export const BLANK_TERMS: ConsentTerms = { personId: null, scopes: [], method: 'verbal', givenOn: '', reviewOn: '', expiresOn: '', witness: '', language: '' };

export type TermsProblem = 'person' | 'scopes' | ConsentDayField;

export function termsFromEntry(entry: Pick<ConsentInput, 'personId' | 'scopes' | 'method' | ConsentDayField | 'witness' | 'language'>): ConsentTerms {
  const { personId, scopes, method, givenOn, reviewOn, expiresOn, witness, language } = entry;
  // A kept draft may not have its person yet ('').
  return { personId: personId || null, scopes, method, witness, language, givenOn: givenOn ?? '', reviewOn: reviewOn ?? '', expiresOn: expiresOn ?? '' };
}

/** The entry's fields; a day still being typed (or mistyped) is none, and its field says so until it reads as a day. */
export function termsToInput(terms: ConsentTerms): Pick<ConsentInput, 'scopes' | 'method' | ConsentDayField | 'witness' | 'language'> & { personId: string | null } {
  const { personId, scopes, method, witness, language } = terms;
  return { personId, scopes, method, witness, language, givenOn: parseDay(terms.givenOn) ?? null, reviewOn: parseDay(terms.reviewOn) ?? null, expiresOn: parseDay(terms.expiresOn) ?? null };
}

/** What keeps these terms from being a consent, as message keys by field. */
export function termsProblems(terms: ConsentTerms): Partial<Record<TermsProblem, TextKey>> {
  const problems: Partial<Record<TermsProblem, TextKey>> = {};
  if (!terms.personId) problems.person = 'consent.problem.person';
  if (terms.scopes.length === 0) problems.scopes = 'consent.problem.scopes';
  for (const field of CONSENT_DAY_FIELDS) if (parseDay(terms[field]) === undefined) problems[field] = 'consent.problem.date';
  return problems;
}
