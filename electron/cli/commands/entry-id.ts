import { CliError, UsageError } from '../errors';
import { oneLine } from '../output';
import type { CliSession } from '../session';

/** The shape of every entry ID (a UUID as `entry list` prints it): each prefix must follow it. */
const TEMPLATE = 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx';
/**
 * Eight characters (32 bits, the UUID's first group) keep an accidental match among even
 * 100,000 notes unlikely (about 1 in 40,000 for a given prefix), and an ambiguous prefix is
 * refused anyway, so a command never acts on an entry the officer did not mean.
 */
export const MIN_PREFIX = 8;
const PAGE = 500;

export type EntryIdArgument = { kind: 'full'; id: string } | { kind: 'prefix'; prefix: string };

function followsTemplate(text: string): boolean {
  return [...text].every((ch, i) => (TEMPLATE[i] === '-' ? ch === '-' : /[0-9a-f]/.test(ch)));
}

/** Checked before the passphrase is asked: a mistyped ID should not cost an unlock. */
export function parseEntryIdArgument(raw: string): EntryIdArgument {
  const text = raw.trim().toLowerCase();
  if (text.length > TEMPLATE.length || !followsTemplate(text)) {
    throw new UsageError(`ID: '${oneLine(raw).slice(0, 40)}' is not an entry ID (as 'entry list' prints it, e.g. 3f2b8c1e-…).`, '');
  }
  if (text.length === TEMPLATE.length) return { kind: 'full', id: text };
  if (text.length < MIN_PREFIX) throw new UsageError(`ID: give at least ${MIN_PREFIX} characters of the entry's ID (got ${text.length}).`, '');
  return { kind: 'prefix', prefix: text };
}

/**
 * A prefix is looked up through entry:list, page by page, rather than a new prefix channel:
 * the CLI stays on channels the app already exposes and tests (the contract is being extended
 * for redaction right now), and reading summaries is what `entry list` does anyway. It costs a
 * pass over the summaries (200 pages of 500 at 100,000 notes); a full ID skips it entirely.
 */
export async function resolveEntryId(session: CliSession, argument: EntryIdArgument): Promise<string> {
  if (argument.kind === 'full') return argument.id;
  const { prefix } = argument;
  const matches: string[] = [];
  // By cursor (a seek in the time index), not by offset, so each page costs the same.
  let after: string | undefined;
  do {
    const page = await session.call('entry:list', { limit: PAGE, ...(after === undefined ? {} : { after }) });
    for (const entry of page.entries) if (entry.id.startsWith(prefix)) matches.push(entry.id);
    after = page.nextCursor ?? undefined;
  } while (after !== undefined);
  const [only] = matches;
  if (only === undefined) throw new CliError(`no entry has an ID starting with ${prefix}.`);
  if (matches.length > 1) {
    throw new UsageError(`ID: ${matches.length} entries have IDs starting with ${prefix}; give more of the ID.`, '');
  }
  return only;
}
