import { describe, expect, it } from 'vitest';
import { zoekStatus } from './zoek-status.js';

const stand = { tekst: 'hoor', gezocht: 'hoor', actief: true, bezig: false, aantal: 3 };

describe('the search status sentence', () => {
  it('says nothing while the search is not active', () => {
    expect(zoekStatus({ ...stand, actief: false })).toBeUndefined();
  });

  it('says it is searching while the answer is on its way or the typing has not paused', () => {
    expect(zoekStatus({ ...stand, bezig: true })).toEqual({ sleutel: 'zoeken.bezig' });
    expect(zoekStatus({ ...stand, tekst: 'hoorn' })).toEqual({ sleutel: 'zoeken.bezig' });
  });

  it('counts what was found for the text searched', () => {
    expect(zoekStatus({ ...stand, aantal: 0 })).toEqual({
      sleutel: 'zoeken.geen',
      waarden: { tekst: 'hoor' },
    });
    expect(zoekStatus({ ...stand, aantal: 1 })).toEqual({
      sleutel: 'zoeken.een',
      waarden: { tekst: 'hoor' },
    });
    expect(zoekStatus(stand)).toEqual({ sleutel: 'zoeken.meer', waarden: { aantal: 3, tekst: 'hoor' } });
  });
});
