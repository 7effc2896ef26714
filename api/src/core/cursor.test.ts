import { describe, expect, it } from 'vitest';
import { checkPageSize, decodeCursor, encodeCursor } from './cursor.js';

describe('cursor', () => {
  it('round-trips a position', () => {
    const position = { key: 'de hoornes', id: 'Wijk:GM0537-WK01' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it('rejects a cursor that is not ours with BAD_USER_INPUT', () => {
    for (const bad of ['nonsense', '', Buffer.from('[1]').toString('base64url'), '%%%']) {
      expect(() => decodeCursor(bad)).toThrowError(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }),
      );
    }
  });

  it('accepts page sizes from 0 to 200 and rejects the rest', () => {
    expect(checkPageSize(undefined)).toBe(50);
    expect(checkPageSize(0)).toBe(0);
    expect(checkPageSize(200)).toBe(200);
    expect(() => checkPageSize(-1)).toThrow(/from 0 to 200/);
    expect(() => checkPageSize(201)).toThrow(/from 0 to 200/);
  });
});
