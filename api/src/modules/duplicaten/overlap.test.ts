import { describe, expect, it } from 'vitest';
import type { ActiviteitFacts } from './cypher.js';
import { frequentieOverlap, minuten, overlap, paar } from './overlap.js';

const act = (over: Partial<ActiviteitFacts>): ActiviteitFacts => ({
  id: 'Activiteit:a',
  naam: 'A',
  wijk: { id: 'Wijk:w', naam: 'W' },
  dag: 'DI',
  beginTijd: '10:00',
  eindTijd: '11:00',
  frequentie: 'WEKELIJKS',
  organisatoren: [{ id: 'Partner:p', naam: 'P', professioneel: false }],
  themas: [{ id: 'Thema:t', naam: 't' }],
  doelgroepen: [{ id: 'Doelgroep:d', naam: 'd' }],
  ...over,
});

describe('schedule overlap', () => {
  it('reads HH:MM and rejects anything else', () => {
    expect(minuten('09:30')).toBe(570);
    expect(minuten('half tien')).toBeNull();
  });

  it('finds an overlap only when ranges share time, not when they touch', () => {
    expect(overlap([600, 690], [600, 720])).toEqual([600, 690]);
    expect(overlap([600, 660], [660, 720])).toBeNull();
  });

  it('weighs frequency: weekly beside fortnightly collides on half the meetings', () => {
    expect(frequentieOverlap('WEKELIJKS', 'WEKELIJKS')).toBe(1);
    expect(frequentieOverlap('WEKELIJKS', 'TWEEWEKELIJKS')).toBe(0.5);
    expect(frequentieOverlap('MAANDELIJKS', 'WEKELIJKS')).toBeCloseTo(12 / 52);
  });

  it('does not pair activities that share an organiser, a different day, or no target group', () => {
    const a = act({});
    expect(paar(a, act({ id: 'Activiteit:b' }))).toBeNull();
    const other = { organisatoren: [{ id: 'Partner:q', naam: 'Q', professioneel: true }] };
    expect(paar(a, act({ id: 'Activiteit:b', ...other, dag: 'WO' }))).toBeNull();
    expect(paar(a, act({ id: 'Activiteit:b', ...other, doelgroepen: [] }))).toBeNull();
    const p = paar(a, act({ id: 'Activiteit:b', ...other, beginTijd: '10:30', eindTijd: '12:00' }));
    expect(p?.professioneleKant?.id).toBe('Activiteit:b');
    expect([p?.van, p?.tot]).toEqual([630, 660]);
  });
});
