// Which fields of a stored record an update would change (REG-1..4, ADM-3): an update that changes nothing writes
// nothing. Pure comparison of plain values (strings, numbers, booleans, null, arrays of those).

export type Plain = string | number | boolean | null | readonly Plain[];

export function isSameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => isSameValue(x, b[i]));
  }
  return (a ?? null) === (b ?? null);
}

/** The keys of `next` (undefined values skipped) whose value differs from `current`. */
export function changedKeys(current: Record<string, unknown>, next: Record<string, unknown>): string[] {
  return Object.keys(next).filter((k) => next[k] !== undefined && !isSameValue(current[k], next[k]));
}
