import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from './sort.js';

describe('sortRows', () => {
  const rows = [
    { naam: 'Zanderij', n: 2 },
    { naam: 'de Hoornes', n: 10 },
    { naam: 'Cleijn Duin', n: 2 },
  ];

  it('sorts names as a Dutch reader expects, ignoring case', () => {
    const sorted = sortRows(rows, { column: 'naam', direction: 'ascending' }, (row, c) => row[c as 'naam']);
    expect(sorted.map((r) => r.naam)).toEqual(['Cleijn Duin', 'de Hoornes', 'Zanderij']);
  });

  it('sorts numbers as numbers and keeps ties in their order', () => {
    const sorted = sortRows(rows, { column: 'n', direction: 'descending' }, (row, c) => row[c as 'n']);
    expect(sorted.map((r) => r.naam)).toEqual(['de Hoornes', 'Zanderij', 'Cleijn Duin']);
  });
});

describe('nextSort', () => {
  it('flips the direction of the same column', () => {
    expect(nextSort({ column: 'naam', direction: 'ascending' }, 'naam', false)).toEqual({
      column: 'naam',
      direction: 'descending',
    });
  });

  it('starts another column ascending, or descending for numbers', () => {
    expect(nextSort({ column: 'naam', direction: 'ascending' }, 'soort', false).direction).toBe('ascending');
    expect(nextSort({ column: 'naam', direction: 'ascending' }, 'buren', true).direction).toBe('descending');
  });
});
