/** Test helpers that turn "possibly undefined" into a clear failure instead of a `!`. */
export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected ${what} to be present`);
  return value;
}

/** Element i of an array-like, failing loudly when it is out of range. */
export const at = (a: ArrayLike<number>, i: number): number => must(a[i], `element ${i}`);
