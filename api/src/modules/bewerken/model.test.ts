import { describe, expect, it } from 'vitest';
import { KINDS } from '../../core/kinds.js';
import { afgeleidId, idProbleem } from './ids.js';
import { KNOOP_LABELS, RELATIES, relatieTussen, slug } from './model.js';

describe('the model table', () => {
  it('has every node kind of core/kinds.ts', () => {
    expect([...KNOOP_LABELS].sort()).toEqual(
      Object.values(KINDS)
        .map((k) => k.label)
        .sort(),
    );
  });

  it('has one relationship per pair of kinds, so a Kumu connection needs no type', () => {
    const paren = RELATIES.map((r) => [r.van, r.naar].sort().join('|'));
    expect(new Set(paren).size).toBe(paren.length);
    expect(relatieTussen('Steungroep', 'Partner')).toMatchObject({
      spec: { type: 'PARTNER_VAN' },
      omgekeerd: true,
    });
    expect(relatieTussen('Partner', 'Thema')).toBeUndefined();
  });

  it('edits single relationships from their start, where a node has at most one', () => {
    for (const r of RELATIES.filter((x) => x.een)) expect(r.eigenaar).toBe(r.van);
  });

  it('makes ids from names and codes as docs/model.md shows them', () => {
    expect(slug('Huis van de Wijk Cleijn Duin')).toBe('huis-van-de-wijk-cleijn-duin');
    expect(slug('Pniëlkerk')).toBe('pnielkerk');
    expect(afgeleidId('Wijk', { code: 'WK053702' }, 'GM0537')).toBe('Wijk:GM0537-WK02');
    expect(afgeleidId('Buurt', { code: 'BU05370201' }, 'GM0537')).toBe('Buurt:GM0537-BU0201');
    expect(afgeleidId('Indicator', { naam: 'pct_eenzaam', jaar: 2024 }, 'GM0537', 'Wijk:GM0537-WK02')).toBe(
      'Indicator:GM0537-WK02:pct_eenzaam:2024',
    );
    expect(afgeleidId('MagDoel', { naam: 'Ontmoeting in de wijk' }, 'GM0537')).toBe(
      'MagDoel:GM0537-ontmoeting-in-de-wijk',
    );
    expect(afgeleidId('Partner', { naam: '!!!' }, 'GM0537')).toBeNull();
  });

  it('refuses chosen ids of another kind, another gemeente or with odd characters', () => {
    expect(idProbleem('Partner', 'Partner:dunavie', 'GM0537')).toBeNull();
    expect(idProbleem('Partner', 'Locatie:dunavie', 'GM0537')).toMatch(/Partner:/);
    expect(idProbleem('Kern', 'Kern:GM0400-k01', 'GM0537')).toMatch(/GM0537-/);
    expect(idProbleem('Partner', 'Partner:a b', 'GM0537')).not.toBeNull();
    expect(idProbleem('Partner', "Partner:a'})", 'GM0537')).not.toBeNull();
    expect(idProbleem('Inwoner', 'Inwoner:jan', 'GM0537')).toMatch(/uuid/);
  });
});
