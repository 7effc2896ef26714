import { describe, expect, it } from 'vitest';
import { bewerkPad, idVanBewerkPad, idVanPagina, netwerkPad, nieuwPad, paginaVoor } from './paden.js';

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

  it('edits every kind but residents at /beheer/<slug>/<id>, and reads both forms of the id back', () => {
    expect(bewerkPad('Activiteit:koffie-ochtend')).toBe('/beheer/activiteit/koffie-ochtend');
    expect(bewerkPad('MagDoel:GM0537-eenzaamheid')).toBe('/beheer/mag-doel/GM0537-eenzaamheid');
    expect(bewerkPad('Steungroep:nieuw')).toBe('/beheer/steungroep/Steungroep%3Anieuw');
    expect(bewerkPad('Inwoner:1234')).toBeUndefined();
    expect(idVanBewerkPad('ACTIVITEIT', 'koffie-ochtend')).toBe('Activiteit:koffie-ochtend');
    expect(idVanBewerkPad('ACTIVITEIT', 'Activiteit:koffie-ochtend')).toBe('Activiteit:koffie-ochtend');
  });

  it('creates at /beheer/<slug>/nieuw with the prefill in the query', () => {
    expect(nieuwPad('SIGNAAL', { gemeente: 'GM0537', wijk: 'Wijk:GM0537-WK02' })).toBe(
      '/beheer/signaal/nieuw?gemeente=GM0537&wijk=Wijk%3AGM0537-WK02',
    );
    expect(nieuwPad('THEMA')).toBe('/beheer/thema/nieuw');
  });
});
