import { AppError } from '../../../shared/errors';
import type { WriteContext } from './kind-module';

/** A link an entry holds: the field as `entry show --json` names it, and the id it points at. */
export interface Link {
  field: string;
  id: string;
}

/**
 * Only a link the write adds is checked: a case deleted after its hearings were linked to it
 * must not make those hearings unsavable, and the stored link stays as the evidence it was.
 */
function added(previous: readonly Link[], next: readonly Link[]): Link[] {
  const had = new Set(previous.map((link) => link.id));
  return next.filter((link) => !had.has(link.id));
}

/** Every person a new version links to must be a record in People (app, CLI and import alike). */
export function requirePeople(previous: readonly Link[], next: readonly Link[], context: WriteContext): void {
  const missing = added(previous, next).find((link) => !context.personExists(link.id));
  if (missing) throw new AppError('INVALID_INPUT', `${missing.field}: no person or organisation with that id in People. Add them in People first, then link them.`);
}

/** A defender case link must name an entry of kind 'case' in this notebook. */
export function requireDefenderCase(previous: string | null | undefined, next: string | null, context: WriteContext): void {
  if (next === null || next === previous || context.entryExists('case', next)) return;
  throw new AppError('INVALID_INPUT', 'defenderCaseId: no threatened-defender case with that id in this notebook. Choose the case from Cases, or leave the link empty.');
}
