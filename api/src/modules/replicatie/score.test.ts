import { describe, expect, it } from 'vitest';
import type { TemplateFacts, WijkFacts } from './cypher.js';
import { STANDAARD_GEWICHTEN, bruggen, checkGewichten, gereedheid, partnerSoorten, ruimte } from './score.js';

const template: TemplateFacts = {
  id: 'Steungroep:t',
  naam: 'T',
  gemeente: 'GM1',
  wijk: { id: 'Wijk:t', naam: 'T' },
  themas: [
    { id: 'Thema:a', naam: 'a' },
    { id: 'Thema:b', naam: 'b' },
  ],
  doelgroepen: [{ id: 'Doelgroep:x', naam: 'x' }],
  partners: [
    { id: 'Partner:w', naam: 'W', soort: 'WELZIJN', kernteam: true },
    { id: 'Partner:k', naam: 'K', soort: 'KERK', kernteam: false },
    { id: 'Partner:o', naam: 'O', soort: 'OVERIG', kernteam: true },
  ],
};

const wijk = (over: Partial<WijkFacts>): WijkFacts => ({
  id: 'Wijk:a',
  naam: 'A',
  gemeente: 'GM1',
  kern: null,
  signalen: [],
  indicatoren: [],
  soorten: [],
  brugIds: [],
  locaties: [],
  aanbod: [],
  bewoners: 0,
  ...over,
});

describe('replication score parts', () => {
  it('fills in default weights and rejects negative or all-zero ones', () => {
    expect(checkGewichten(undefined)).toEqual(STANDAARD_GEWICHTEN);
    expect(checkGewichten({ behoefte: 1, bruggen: null })).toEqual({ ...STANDAARD_GEWICHTEN, behoefte: 1 });
    expect(() => checkGewichten({ ruimte: -0.1 })).toThrow(/ruimte/);
    expect(() =>
      checkGewichten({ behoefte: 0, passendheid: 0, gereedheid: 0, ruimte: 0, bruggen: 0 }),
    ).toThrow(/more than 0/);
  });

  it('weighs a core-team kind double and leaves OVERIG out', () => {
    expect(partnerSoorten(template).map((s) => [s.soort, s.gewicht])).toEqual([
      ['WELZIJN', 2],
      ['KERK', 1],
    ]);
  });

  it('gives readiness from the kinds present and a venue', () => {
    const soorten = partnerSoorten(template);
    const none = gereedheid(wijk({}), soorten);
    expect(none.score).toBe(0);
    expect(none.ontbrekend).toEqual(['WELZIJN', 'KERK']);
    const welzijn = gereedheid(
      wijk({ soorten: ['WELZIJN'], locaties: [{ id: 'Locatie:l', naam: 'L' }] }),
      soorten,
    );
    expect(welzijn.score).toBeCloseTo(0.75 * (2 / 3) + 0.25);
    expect(welzijn.ontbrekend).toEqual(['KERK']);
  });

  it('counts room as the share of themes not yet offered', () => {
    const half = ruimte(
      wijk({
        aanbod: [
          {
            id: 'Activiteit:a',
            naam: 'A',
            kind: 'ACTIVITEIT',
            themas: ['Thema:a'],
            doelgroepen: ['Doelgroep:x'],
          },
        ],
      }),
      template.themas,
    );
    expect(half.score).toBe(0.5);
  });

  it('counts bridges as the share of the template network present, members as one more', () => {
    // Weights: W 2 (kernteam), K 1, O 2 (kernteam), plus 1 for members: 6.
    expect(bruggen(wijk({ brugIds: ['Partner:w'], bewoners: 3 }), template).score).toBe(3 / 6);
  });
});
