import type { Entry, WritableKind } from '../../../shared/domain/entries';
import { isWritableKind } from '../../../shared/domain/entries';
import { AppError } from '../../../shared/errors';
import type { KindModule } from './kind-module';
import { meetingKind } from './meeting';
import { observationKind } from './observation';
import { trialKind } from './trial';
import { consentKind } from './consent';
import { caseKind } from './case';

export type { Facet, KindModule, SearchField, WriteContext } from './kind-module';

/** One module per kind (see kind-module.ts); a kind without a module cannot be written or read. */
export const KIND_MODULES: { [K in WritableKind]: KindModule<K> } = {
  meeting: meetingKind,
  observation: observationKind,
  trial: trialKind,
  consent: consentKind,
  case: caseKind,
};

/** The entry's module, typed for the entry it is given. */
export function kindOf<E extends Entry>(entry: E): KindModule<E['kind']> {
  // Inputs are checked by the contract; this guards the core's own callers (a test, the bench, a bad import path).
  if (!isWritableKind(entry.kind)) throw new AppError('INVALID_INPUT', `There is no kind of entry called '${String(entry.kind).slice(0, 40)}'.`);
  return KIND_MODULES[entry.kind] as KindModule<E['kind']>;
}
