import type { SearchResult } from '../../../shared/domain/search';
import { SEARCH_LIMITS } from '../../../shared/domain/search';
import { countOption, flag, stringOption, type Invocation } from '../command';
import { UsageError } from '../errors';
import { formatInstant, highlight, highlightStyle, oneLine, writeJson, writeOut, type HighlightStyle } from '../output';
import { currentPassphrase } from '../passphrase';
import { readTextArgument, withoutFinalNewline } from '../read-text';
import { resolveVaultDir, validateInput, withSession } from '../session';
import { unlockVault } from './vault';

function countLine(result: SearchResult, query: string): string {
  const quoted = `"${oneLine(query)}"`;
  if (result.total === 0) return `No matches for ${quoted}.`;
  const count = result.totalIsLowerBound ? `At least ${result.total}` : String(result.total);
  return `${count} ${result.total === 1 && !result.totalIsLowerBound ? 'match' : 'matches'} for ${quoted}.`;
}

/** One hit: highlighted title, then id · kind · date · facts (counterpart…), then the highlighted snippet. */
function hitBlock(hit: SearchResult['hits'][number], style: HighlightStyle): string {
  const meta = [hit.id, hit.kind, formatInstant(hit.occurredAt), ...hit.facts.map((f) => f.value)].filter((part) => part !== '-');
  const lines = [highlight(hit.title, style), `  ${meta.join(' · ')}`];
  const snippet = highlight(hit.snippet, style);
  if (snippet.trim() !== '') lines.push(`  ${snippet}`);
  return lines.join('\n');
}

export function formatSearch(result: SearchResult, query: string, offset: number, style: HighlightStyle): string {
  const parts = [countLine(result, query)];
  if (result.rankedWindow !== null) {
    parts.push(`(A very common term: ranked among the ${result.rankedWindow} most recent matches.)`);
  }
  for (const hit of result.hits) parts.push('', hitBlock(hit, style));
  const shown = offset + result.hits.length;
  if (result.hits.length > 0 && (shown < result.total || result.totalIsLowerBound)) {
    parts.push('', `Showing ${offset + 1}–${shown}; use --offset ${shown} for more.`);
  }
  return parts.join('\n');
}

/** The words on the command line, or the text of --query-file (a name belongs in a file, not in argv). */
async function queryText({ values, args }: Invocation): Promise<string> {
  const file = stringOption(values, 'query-file');
  if (file === undefined) {
    if (args.length === 0) throw new UsageError('missing QUERY (or --query-file F).', "Run 'fieldnotes search --help' for usage.");
    return args.join(' ');
  }
  if (args.length > 0) throw new UsageError('give the query as words or with --query-file, not both.', '');
  return withoutFinalNewline(await readTextArgument(file, SEARCH_LIMITS.query, '--query-file'));
}

export async function runSearch(invocation: Invocation): Promise<void> {
  const { values, env } = invocation;
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  const stdinUse = stringOption(values, 'query-file') === '-' ? '--query-file -' : undefined;
  const readPassphrase = currentPassphrase(values, env, { stdinUse });
  const text = await queryText(invocation);
  const query = { query: text, limit: countOption(values, 'limit'), offset: countOption(values, 'offset') };
  const queryLabel = stringOption(values, 'query-file') === undefined ? 'QUERY' : '--query-file';
  const fields = { query: queryLabel, limit: '--limit', offset: '--offset' };
  validateInput('search:query', query, { fields });
  await withSession(dir, env, async (session) => {
    await unlockVault(session, readPassphrase);
    const result = await session.call('search:query', query, { fields });
    if (flag(values, 'json')) return writeJson(result);
    writeOut(formatSearch(result, query.query, query.offset ?? 0, highlightStyle(env)));
  });
}
