import { describe, expect, it } from 'vitest';
import { indicatorTable } from './indicatoren.js';

describe('indicatorTable', () => {
  it('puts one measure on each row and the years in order across', () => {
    const table = indicatorTable([
      { naam: 'pct_eenzaam', jaar: 2024, waarde: 14.5, eenheid: 'procent' },
      { naam: 'inwoners', jaar: 2023, waarde: 9760, eenheid: 'aantal' },
      { naam: 'pct_eenzaam', jaar: 2023, waarde: 14.7, eenheid: 'procent' },
    ]);
    expect(table).toEqual({
      jaren: [2023, 2024],
      maten: [
        { naam: 'pct_eenzaam', eenheid: 'procent', waarden: [14.7, 14.5] },
        { naam: 'inwoners', eenheid: 'aantal', waarden: [9760, undefined] },
      ],
    });
  });

  it('is empty without figures', () => {
    expect(indicatorTable([])).toEqual({ jaren: [], maten: [] });
  });
});
