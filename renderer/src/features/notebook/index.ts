/** What other features may use of the notebook. */
export { EntryFacts } from './EntryFacts';
