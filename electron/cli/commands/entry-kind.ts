import { ENTRY_KINDS } from '../../../shared/domain/entries';
import { UsageError } from '../errors';
import { oneLine } from '../output';

/** Only meeting notes can be written today; another known kind is "not yet", anything else a typo. */
export function writableKind(raw: unknown, label: string): 'meeting' {
  if (raw === undefined || raw === 'meeting') return 'meeting';
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  if ((ENTRY_KINDS as readonly string[]).includes(text)) {
    throw new UsageError(`${label} ${text}: only meeting notes can be written from the CLI for now.`, '');
  }
  throw new UsageError(`${label} must be meeting (got '${oneLine(text)}').`, '');
}
