import { describe, expect, it } from 'vitest';
import { kortLabel, tekeningLayout } from './tekening.js';

const sjabloon = { id: 'Steungroep:s', naam: 'Sjabloon' };
const wijk = { id: 'Wijk:w', naam: 'Wijk W' };

describe('tekeningLayout', () => {
  it('puts template, bridges, wijk and missing kinds in four columns left to right', () => {
    const tekening = tekeningLayout({
      sjabloon,
      wijk,
      bruggen: [
        { id: 'Partner:a', naam: 'A', kernteam: true },
        { id: 'Partner:b', naam: 'B', kernteam: false },
      ],
      ontbrekend: ['kerk', 'onderwijs', 'beheerstichting'],
      bewoners: false,
    });
    const x = (id: string) => tekening.knopen.find((k) => k.id === id)!.x;
    expect([x('Steungroep:s'), x('Partner:a'), x('Wijk:w'), x('ontbreekt:kerk')]).toEqual([
      120, 380, 640, 880,
    ]);
    // Three rows (the longest column), each 56 high under 44 for the titles, 8 below.
    expect(tekening.hoogte).toBe(44 + 3 * 56 + 8);
    const y = (id: string) => tekening.knopen.find((k) => k.id === id)!.y;
    expect(y('Steungroep:s')).toBe(44 + 84);
    expect(y('Wijk:w')).toBe(44 + 84);
    expect([y('Partner:a'), y('Partner:b')]).toEqual([44 + 56, 44 + 112]);
    expect([y('ontbreekt:kerk'), y('ontbreekt:onderwijs'), y('ontbreekt:beheerstichting')]).toEqual([
      72, 128, 184,
    ]);
  });

  it('links the template to each bridge and each bridge to the wijk, and the wijk to each missing kind dashed', () => {
    const tekening = tekeningLayout({
      sjabloon,
      wijk,
      bruggen: [{ id: 'Partner:a', naam: 'A', kernteam: true }],
      ontbrekend: ['kerk'],
      bewoners: false,
    });
    expect(tekening.lijnen.map(({ van, naar, gestippeld }) => [van, naar, gestippeld])).toEqual([
      ['Steungroep:s', 'Partner:a', false],
      ['Partner:a', 'Wijk:w', false],
      ['Wijk:w', 'ontbreekt:kerk', true],
    ]);
    expect(tekening.knopen.filter((k) => k.gestippeld).map((k) => k.label)).toEqual(['kerk']);
    expect(tekening.knopen.find((k) => k.id === 'Partner:a')!.kernteam).toBe(true);
  });

  it('adds a direct link under the nodes when members live in the wijk, with room for it', () => {
    const zonder = tekeningLayout({ sjabloon, wijk, bruggen: [], ontbrekend: [], bewoners: false });
    const met = tekeningLayout({ sjabloon, wijk, bruggen: [], ontbrekend: [], bewoners: true });
    expect(zonder.lijnen).toEqual([]);
    expect(met.lijnen).toHaveLength(1);
    expect(met.lijnen[0]).toMatchObject({ van: 'Steungroep:s', naar: 'Wijk:w', bewoners: true });
    expect(met.hoogte).toBe(zonder.hoogte - 8 + 48);
  });
});

describe('kortLabel', () => {
  it('keeps short names and cuts long ones with an ellipsis', () => {
    expect(kortLabel('Dunavie')).toBe('Dunavie');
    expect(kortLabel('OBODB (openbaar basisonderwijs)', 20)).toBe('OBODB (openbaar bas…');
  });
});
