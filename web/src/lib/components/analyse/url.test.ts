import { describe, expect, it } from 'vitest';
import { gekozenGemeente, metParams } from './url.js';

describe('metParams', () => {
  it('sets the given parameters and removes the empty ones, keeping the rest', () => {
    const url = new URL(
      'http://x/analyse/dekking?gemeente=GM0537&doelgroep=Doelgroep:ouderen&weergave=tabel',
    );
    const next = metParams(url, { doelgroep: undefined, gemeente: 'GM0400' });
    expect(next.searchParams.get('gemeente')).toBe('GM0400');
    expect(next.searchParams.has('doelgroep')).toBe(false);
    expect(next.searchParams.get('weergave')).toBe('tabel');
    expect(url.searchParams.get('gemeente')).toBe('GM0537');
  });
});

describe('gekozenGemeente', () => {
  const lijst = [{ code: 'GM0400' }, { code: 'GM0537' }];
  it('takes the gemeente asked for when it exists', () => {
    expect(gekozenGemeente(lijst, 'GM0400')).toBe('GM0400');
  });
  it('falls back to Katwijk for an unknown or missing code', () => {
    expect(gekozenGemeente(lijst, 'GM9999')).toBe('GM0537');
    expect(gekozenGemeente(lijst, null)).toBe('GM0537');
  });
  it('takes the first when Katwijk is not there, and nothing from an empty list', () => {
    expect(gekozenGemeente([{ code: 'GM0400' }], null)).toBe('GM0400');
    expect(gekozenGemeente([], null)).toBeUndefined();
  });
});
