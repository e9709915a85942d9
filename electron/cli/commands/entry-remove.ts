import { LIMITS } from '../../../shared/domain/entries';
import { stringOption, type Invocation } from '../command';
import { UsageError } from '../errors';
import { writeOut } from '../output';
import { readTextArgument, withoutFinalNewline } from '../read-text';
import { withCurrentEntry } from './current-entry';

/**
 * Both commands act on the revision just read: the channels refuse a stale one, so a save
 * from the app in between is never redacted or deleted unseen.
 */

export async function runEntryRemove(invocation: Invocation): Promise<void> {
  await withCurrentEntry(invocation, async (session, { id, revision }) => {
    await session.call('entry:delete', { id, revision });
    writeOut(`Deleted entry ${id}: its text is gone from every revision, draft and the search index; the history records the deletion.`);
  });
}

/** The passage is the very text to be removed (a name): only a file or stdin carries it, never argv. */
async function passageText(file: string | undefined): Promise<string> {
  if (file === undefined) throw new UsageError('missing --passage-file F|- (the exact passage to remove).', "Run 'fieldnotes entry redact --help' for usage.");
  const passage = withoutFinalNewline(await readTextArgument(file, LIMITS.body, '--passage-file'));
  if (passage.trim() === '') throw new UsageError(`--passage-file: ${file === '-' ? 'standard input' : file} holds no passage.`, '');
  return passage;
}

export async function runEntryRedact(invocation: Invocation): Promise<void> {
  const file = stringOption(invocation.values, 'passage-file');
  const options = { stdinUse: file === '-' ? '--passage-file -' : undefined, prepare: () => passageText(file) };
  await withCurrentEntry(invocation, async (session, { id, revision }, passage) => {
    // A passage the note does not hold is a refusal (exit 1), not a malformed command line.
    const redacted = await session.call('entry:redact', { id, revision, passage }, { fields: { passage: '--passage-file' }, invalidIsUsage: false });
    writeOut(`Redacted entry ${id} (now revision ${redacted.revision}): the passage is gone from every revision, draft and the search index.`);
  }, options);
}
