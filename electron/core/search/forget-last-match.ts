/** Matches the empty string at once; used only to overwrite V8's record of the last match. */
const EMPTY_MATCH = /^/;

/**
 * V8 keeps the subject string of the last successful regular-expression match in the process
 * reachable (the legacy `RegExp.input`, `RegExp.lastMatch`, `RegExp.$1` statics) until the next
 * match anywhere. Search normalisation and highlighting run regular expressions over the
 * officer's query and note text, so after a lock the last query (a defender's name, say) stayed
 * alive in the main process's heap indefinitely. Matching an empty string replaces it.
 */
export function forgetLastRegExpMatch(): void {
  EMPTY_MATCH.exec('');
}
