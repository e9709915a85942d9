import { ENTRY_KINDS, KIND_SCHEMAS, isWritableKind, type WritableKind } from '../../../shared/domain/entries';
import { UsageError } from '../errors';
import { oneLine } from '../output';

/** A kind the notebook writes; a known kind not yet writable is "not yet", anything else a typo. Meeting when left out. */
export function writableKind(raw: unknown, label: string): WritableKind {
  if (raw === undefined) return 'meeting';
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  if (isWritableKind(text)) return text;
  const writable = Object.keys(KIND_SCHEMAS).join(', ');
  if ((ENTRY_KINDS as readonly string[]).includes(text)) {
    throw new UsageError(`${label} ${text}: this kind cannot be written from the CLI yet (it can: ${writable}).`, '');
  }
  throw new UsageError(`${label} must be one of ${writable} (got '${oneLine(text)}').`, '');
}
