/**
 * Whether two plain data values (what a form sends: objects, arrays, strings, numbers, booleans,
 * null) hold the same content, as their JSON would, without writing either out: parts shared by
 * identity are not walked, so a long hearing's unchanged log costs nothing, and a log one line
 * longer is told apart by its length. An undefined property counts as absent (JSON drops it).
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((value, i) => sameData(value, b[i]));
  }
  const left = definedEntries(a);
  const right = new Map(definedEntries(b));
  return left.length === right.size && left.every(([key, value]) => right.has(key) && sameData(value, right.get(key)));
}

function definedEntries(value: object): [string, unknown][] {
  return Object.entries(value).filter(([, v]) => v !== undefined);
}
