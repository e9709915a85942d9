/** People and the consent ledger; PersonPicker links any editor's record to People by pseudonym. */
export { PeopleView } from './PeopleView';
export { ConsentView } from './ConsentView';
export { PersonPicker } from './PersonPicker';
export { formatDay, parseDay } from './dates';
export { ConsentTermsFields } from './ConsentTermsFields';
export { WithdrawConsent } from './WithdrawConsent';
export { BLANK_TERMS, termsFromEntry, termsProblems, termsToInput, type ConsentTerms, type TermsProblem } from './consent-terms';
