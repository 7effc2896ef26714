/** Sorting the explorer's tables: one column, either way, names compared as Dutch readers expect. */
export type Direction = 'ascending' | 'descending';

export interface SortState<K extends string> {
  column: K;
  direction: Direction;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

export function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * A sorted copy. Ties keep their earlier order (Array.prototype.sort is stable), so sorting by
 * kind after sorting by name lists each kind alphabetically.
 */
export function sortRows<T, K extends string>(
  rows: readonly T[],
  state: SortState<K>,
  value: (row: T, column: K) => string | number,
): T[] {
  const sign = state.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compareValues(value(a, state.column), value(b, state.column)));
}

/** Clicking a column: the same one flips direction; another starts ascending (numbers descending). */
export function nextSort<K extends string>(current: SortState<K>, column: K, numeric: boolean): SortState<K> {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: numeric ? 'descending' : 'ascending' };
}
