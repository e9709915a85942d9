import { IMPORT_MAX } from '../../../shared/ipc/contract';
import type { EntryInputData } from '../../../shared/domain/entries';
import { stringOption, type Invocation } from '../command';
import { CliError, UsageError } from '../errors';
import { writeOut } from '../output';
import { currentPassphrase } from '../passphrase';
import { readTextArgument } from '../read-text';
import { resolveVaultDir, validateInput, withSession } from '../session';
import { entryObject, occurredAtInput, refuseUnknownFields } from './entry-json';
import { writableKind } from './entry-kind';
import { unlockVault } from './vault';

/** Room for IMPORT_MAX typical entries; a file beyond it is refused before it is parsed. */
const MAX_JSONL_CHARS = 400_000_000;

/** One entry per non-blank line, each checked as `entry add --json` checks its file; the first fault names its line. */
function entriesOf(text: string): { entries: EntryInputData[]; lines: number[] } {
  const entries: EntryInputData[] = [];
  const lines: number[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const where = `--jsonl line ${index + 1}`;
    const { fields } = entryObject(line, where);
    const kind = writableKind(fields.kind, `${where}: kind`);
    refuseUnknownFields(fields, kind, where);
    const entry = { ...fields, kind, occurredAt: occurredAtInput(fields.occurredAt, `${where}: occurredAt`) } as EntryInputData;
    validateInput('entry:create', { entry }, { fields: { 'entry.*': `${where}: ` } });
    entries.push(entry);
    lines.push(index + 1);
    if (entries.length > IMPORT_MAX) throw new UsageError(`--jsonl: more than ${IMPORT_MAX} entries; split the file.`, '');
  }
  if (entries.length === 0) throw new UsageError('--jsonl: the file holds no entries.', '');
  return { entries, lines };
}

/** The core names a refused entry by its place (`entries.3: …`, a rule that needs the vault); the officer knows the line. */
function atLine(error: unknown, lines: readonly number[]): unknown {
  if (!(error instanceof CliError)) return error;
  const match = /^entries\.(\d+): /.exec(error.message);
  const line = match ? lines[Number(match[1])] : undefined;
  return match && line !== undefined ? new CliError(`--jsonl line ${line}: ${error.message.slice(match[0].length)}`, error.exitCode) : error;
}

/**
 * Every line is checked before the passphrase is asked, and the entries are written in one
 * transaction: an import writes all its lines or none, so a fault on line 9,000 never leaves
 * 8,999 entries to find and remove.
 */
export async function runEntryImport({ values, env }: Invocation): Promise<void> {
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  const file = stringOption(values, 'jsonl');
  if (file === undefined) throw new UsageError('missing --jsonl F|- (one entry per line).', "Run 'fieldnotes entry import --help' for usage.");
  const readPassphrase = currentPassphrase(values, env, { stdinUse: file === '-' ? '--jsonl -' : undefined });
  const { entries, lines } = entriesOf(await readTextArgument(file, MAX_JSONL_CHARS, '--jsonl'));
  await withSession(dir, env, async (session) => {
    await unlockVault(session, readPassphrase);
    const { count } = await session.call('entry:import', { entries }, { invalidIsUsage: false }).catch((error: unknown) => {
      throw atLine(error, lines);
    });
    writeOut(String(count));
  });
}
