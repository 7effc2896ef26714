import { badInput } from '../../core/errors.js';

/**
 * The first `first` items of a ranked list. The size sits on the list field itself, so the query
 * cost estimate (http/query-cost.ts) multiplies only that list by it.
 */
export function firstOf<T>(
  items: readonly T[],
  first: number | null | undefined,
  max: number,
  standard: number,
): T[] {
  const n = first ?? standard;
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw badInput(`\`first\` must be a whole number from 1 to ${max}.`, 'first');
  return items.slice(0, n);
}
