/** Edit distance (insertions, deletions, substitutions, and swaps of two neighbours: the commonest typo). */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] ?? 0, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
    }
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
}

/**
 * The closest known word, when it is close enough to be the one meant: a third of its length
 * (at least one edit) for a typo, or the word itself cut short (`--pass` for `--passphrase-fd`).
 */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of known) {
    const score = distance(word, candidate);
    const allowed = Math.max(1, Math.floor(candidate.length / 3));
    if (score <= allowed && (best === undefined || score < best.score)) best = { candidate, score };
  }
  if (best) return best.candidate;
  const extended = word.length >= 3 ? known.filter((candidate) => candidate.startsWith(word)) : [];
  return extended.length === 1 ? extended[0] : undefined;
}

/** `Did you mean X?` for the message, or nothing. */
export function didYouMean(word: string, known: readonly string[], show: (candidate: string) => string = (c) => c): string {
  const candidate = closest(word, known);
  return candidate === undefined ? '' : ` Did you mean ${show(candidate)}?`;
}
