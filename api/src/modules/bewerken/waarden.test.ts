import { describe, expect, it } from 'vitest';
import { KNOPEN, type PropSpec } from './model.js';
import { normaliseer, samenhang, vandaag } from './waarden.js';

const prop = (label: keyof typeof KNOPEN, naam: string): PropSpec =>
  KNOPEN[label].props.find((p) => p.naam === naam)!;
const code = (p: PropSpec, ruw: unknown, bron: 'invoer' | 'cel' = 'cel') => {
  const uit = normaliseer(p, ruw, bron);
  return uit.ok ? uit.waarde : uit.code;
};

describe('a value checked against its property', () => {
  it('reads spreadsheet cells leniently: booleans, decimals with a comma, short times, Excel dates', () => {
    expect(code(prop('Locatie', 'toegankelijk'), 'Ja')).toBe(true);
    expect(code(prop('Locatie', 'toegankelijk'), 'false')).toBe(false);
    expect(code(prop('Locatie', 'toegankelijk'), 0)).toBe(false);
    expect(code(prop('Indicator', 'waarde'), '12,5')).toBe(12.5);
    expect(code(prop('Activiteit', 'beginTijd'), '9:30')).toBe('09:30');
    expect(code(prop('Activiteit', 'beginTijd'), 0.8125)).toBe('19:30');
    expect(code(prop('Activiteit', 'beginTijd'), new Date('1899-12-30T19:30:00Z'))).toBe('19:30');
    expect(code(prop('Steungroep', 'opgericht'), new Date('2024-03-01T00:00:00Z'))).toBe('2024-03-01');
    expect(code(prop('Steungroep', 'opgericht'), 45352)).toBe('2024-03-01');
    expect(code(prop('Activiteit', 'frequentie'), 'wekelijks')).toBe('WEKELIJKS');
    expect(code(prop('Locatie', 'soort'), 'huis van de wijk')).toBe('HUIS_VAN_DE_WIJK');
    expect(code(prop('Partner', 'naam'), 42)).toBe('42');
  });

  it('takes typed input strictly: no loose booleans, times or choices', () => {
    expect(code(prop('Locatie', 'toegankelijk'), 'ja', 'invoer')).toBe('ONGELDIG');
    expect(code(prop('Activiteit', 'beginTijd'), '9:30', 'invoer')).toBe('ONGELDIG');
    expect(code(prop('Inwoner', 'leeftijdsband'), '65–79', 'invoer')).toBe('ONBEKENDE_WAARDE');
    expect(code(prop('Indicator', 'eenheid'), 'Procent', 'invoer')).toBe('ONBEKENDE_WAARDE');
    expect(code(prop('Locatie', 'capaciteit'), '10', 'invoer')).toBe('ONGELDIG');
  });

  it.each([
    ['Gemeente', 'code', 'GM537', 'ONGELDIG'],
    ['Gemeente', 'code', 'gm0537', 'ONGELDIG'],
    ['Wijk', 'code', 'WK05370', 'ONGELDIG'],
    ['Buurt', 'code', 'BU0537010', 'ONGELDIG'],
    ['Indicator', 'naam', 'pct eenzaam', 'ONGELDIG'],
    ['Indicator', 'jaar', 1850, 'BUITEN_BEREIK'],
    ['Indicator', 'waarde', 'veel', 'ONGELDIG'],
    ['Kern', 'inwoners', 1.5, 'ONGELDIG'],
    ['Kern', 'inwoners', -1, 'BUITEN_BEREIK'],
    ['Activiteit', 'beginTijd', '24:00', 'ONGELDIG'],
    ['Activiteit', 'beginTijd', '12:60', 'ONGELDIG'],
    ['Activiteit', 'dag', 'maandag', 'ONBEKENDE_WAARDE'],
    ['Steungroep', 'opgericht', '2023-13-01', 'ONGELDIG'],
    ['Steungroep', 'opgericht', '2023-02-29', 'ONGELDIG'],
    ['Steungroep', 'opgericht', '01-03-2023', 'ONGELDIG'],
    ['Inwoner', 'toestemmingsdatum', '2999-01-01', 'BUITEN_BEREIK'],
    ['Inwoner', 'pseudoniem', 'Jan (GGZ)', 'ONGELDIG'],
    ['Inwoner', 'pseudoniem', 'Jan\nbelt vaak', 'ONGELDIG'],
    ['Inwoner', 'pseudoniem', 'x'.repeat(41), 'TE_LANG'],
    ['Inwoner', 'leeftijdsband', '12-17', 'ONBEKENDE_WAARDE'],
    ['Partner', 'website', 'javascript:alert(1)', 'ONGELDIG'],
    ['Partner', 'website', 'https://a.example/"><script>', 'ONGELDIG'],
    ['Partner', 'naam', 'a\u0000b', 'ONGELDIG'],
    ['Partner', 'naam', 'a\u2028b', 'ONGELDIG'],
    ['Partner', 'naam', 'abc\u202Egpj.exe', 'ONGELDIG'],
    ['Steungroep', 'omschrijving', 'x'.repeat(4001), 'TE_LANG'],
    ['Locatie', 'toegankelijk', 'misschien', 'ONGELDIG'],
    ['Locatie', 'capaciteit', { waarde: 1 }, 'ONGELDIG'],
    ['Activiteit', 'bereik', Number.NaN, 'ONGELDIG'],
    ['Activiteit', 'bereik', Infinity, 'ONGELDIG'],
  ] as const)('%s.%s refuses %j with %s', (label, naam, ruw, verwacht) => {
    expect(code(prop(label, naam), ruw, typeof ruw === 'string' ? 'cel' : 'invoer')).toBe(verwacht);
  });

  it('keeps multi-line text in a description, with one kind of line break', () => {
    expect(code(prop('Steungroep', 'omschrijving'), 'regel een\r\nregel twee')).toBe('regel een\nregel twee');
  });

  it('treats blank as empty, for the caller to call missing or cleared', () => {
    expect(code(prop('Partner', 'naam'), '   ')).toBe(null);
    expect(code(prop('Partner', 'naam'), null)).toBe(null);
  });

  it('wants an activity to end after it starts', () => {
    expect(samenhang('Activiteit', { beginTijd: '10:00', eindTijd: '10:00' }, (v) => v)).toEqual([
      expect.objectContaining({ veld: 'eindTijd', code: 'EIND_VOOR_BEGIN' }),
    ]);
    expect(samenhang('Activiteit', { beginTijd: '10:00', eindTijd: null }, (v) => v)).toEqual([]);
  });

  it('knows today in the Netherlands', () => {
    expect(vandaag(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
  });
});
