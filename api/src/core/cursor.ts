import { badInput } from './errors.js';

/** A position in a sorted list: the sort key and the id of the last item seen. */
export interface Position {
  key: string | number;
  id: string;
}

/** Cursors are opaque to clients: base64url of the position, so they can change shape later. */
export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): Position {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || typeof value[0] === 'number') &&
      typeof value[1] === 'string'
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below: a cursor is either ours and whole, or rejected
  }
  throw badInput(
    'The cursor in `after` is not valid. Use the `endCursor` of a previous page, or leave `after` out to start at the beginning.',
    'after',
  );
}

export const MAX_PAGE = 200;

export function checkPageSize(first: number | null | undefined): number {
  const n = first ?? 50;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE) {
    throw badInput(`\`first\` must be a whole number from 0 to ${MAX_PAGE}; got ${String(first)}.`, 'first');
  }
  return n;
}
