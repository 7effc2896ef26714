import { describe, expect, it } from 'vitest';
import { idVanPagina, netwerkPad, paginaVoor } from './paden.js';

describe('paden', () => {
  it('gives wijken, steungroepen and partners a page of their own, and nothing else', () => {
    expect(paginaVoor('Wijk:GM0537-WK02')).toBe('/wijk/GM0537-WK02');
    expect(paginaVoor('Steungroep:hoornesgroep')).toBe('/steungroep/hoornesgroep');
    expect(paginaVoor('Partner:dunavie')).toBe('/partner/dunavie');
    expect(paginaVoor('Thema:eenzaamheid')).toBeUndefined();
  });

  it('turns a page parameter back into the id', () => {
    expect(idVanPagina('WIJK', 'GM0537-WK02')).toBe('Wijk:GM0537-WK02');
  });

  it('links to the explorer with the view in the query', () => {
    expect(netwerkPad({ gemeente: 'GM0537', focus: 'Steungroep:hoornesgroep', depth: 1 })).toBe(
      '/netwerk?gemeente=GM0537&focus=Steungroep%3Ahoornesgroep',
    );
    expect(netwerkPad({})).toBe('/netwerk');
  });
});
