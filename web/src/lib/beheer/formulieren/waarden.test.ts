import { describe, expect, it } from 'vitest';
import { VELDEN } from './velden.js';
import { legeWaarden, naarInvoer, uitKnoop, veldVanFout } from './waarden.js';

const ACTIVITEIT = VELDEN.ACTIVITEIT;

describe('form values', () => {
  it('sends on creation only what is filled in, as the API types it', () => {
    const waarden = {
      ...legeWaarden(ACTIVITEIT),
      gemeente: 'GM0537',
      naam: '  Koffie-ochtend ',
      bereik: '12',
      toegankelijk: true,
      steungroep: { id: 'Steungroep:hoornesgroep', label: 'Hoornesgroep' },
      themas: [{ id: 'Thema:eenzaamheid', label: 'eenzaamheid' }],
    };
    expect(naarInvoer(ACTIVITEIT, waarden)).toEqual({
      invoer: {
        gemeente: 'GM0537',
        naam: 'Koffie-ochtend',
        bereik: 12,
        toegankelijk: true,
        steungroep: 'Steungroep:hoornesgroep',
        themas: ['Thema:eenzaamheid'],
      },
      fouten: [],
    });
  });

  it('sends on a change only what differs, null for what was emptied, and never a key', () => {
    const begin = uitKnoop(ACTIVITEIT, {
      naam: 'Koffie',
      beginTijd: '10:00',
      eindTijd: '11:00',
      toegankelijk: false,
      gemeente: { code: 'GM0537' },
      organisatoren: [{ id: 'Partner:dunavie', naam: 'Dunavie' }],
      themas: [],
    });
    expect(begin.gemeente).toBe('GM0537');
    const waarden = { ...begin, gemeente: 'GM0400', eindTijd: '11:30', beginTijd: '', organisatoren: [] };
    expect(naarInvoer(ACTIVITEIT, waarden, begin).invoer).toEqual({
      eindTijd: '11:30',
      beginTijd: null,
      organisatoren: [],
    });
  });

  it('refuses a number it cannot read before sending, and reads a decimal comma', () => {
    const fout = naarInvoer(VELDEN.KERN, { naam: 'Proefdorp', inwoners: '12a' });
    expect(fout.fouten).toEqual([{ veld: 'inwoners', sleutel: 'formulier.geheelOngeldig' }]);
    const indicator = naarInvoer(VELDEN.INDICATOR, { ...legeWaarden(VELDEN.INDICATOR), waarde: '12,5' });
    expect(indicator.invoer.waarde).toBe(12.5);
  });

  it("reads a node's gemeente as its code, and leaves it empty when there is none", () => {
    expect(uitKnoop(VELDEN.LOCATIE, { id: 'Locatie:x', gemeente: { code: 'GM0537' } }).gemeente).toBe(
      'GM0537',
    );
    expect(uitKnoop(VELDEN.LOCATIE, { id: 'Locatie:x', gemeente: null }).gemeente).toBe('');
  });

  it('ties an API error to its field, list positions included', () => {
    expect(veldVanFout('invoer.themas.2', ACTIVITEIT)).toBe('themas');
    expect(veldVanFout('invoer.eindTijd', ACTIVITEIT)).toBe('eindTijd');
    expect(veldVanFout('id', ACTIVITEIT)).toBeUndefined();
    expect(veldVanFout('invoer.onbekend', ACTIVITEIT)).toBeUndefined();
  });
});
