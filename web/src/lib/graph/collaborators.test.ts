import { describe, expect, it } from 'vitest';
import { collaborators } from './collaborators.js';

const p = (id: string) => ({ id, naam: id, soort: 'OVERIG' });

describe('collaborators', () => {
  it('lists the partners shared in steungroepen and activities, most shared first', () => {
    const result = collaborators({
      id: 'dunavie',
      steungroepen: [
        {
          id: 's1',
          naam: 'Hoornesgroep',
          partners: [{ partner: p('dunavie') }, { partner: p('kerk') }, { partner: p('welzijn') }],
        },
        { id: 's2', naam: 'Zanderij', partners: [{ partner: p('welzijn') }, { partner: p('dunavie') }] },
      ],
      activiteiten: [{ id: 'a1', naam: 'Buurtbakkie', organisatoren: [p('dunavie'), p('bieb')] }],
    });
    expect(result.map((c) => [c.id, c.steungroepen, c.activiteiten])).toEqual([
      ['welzijn', ['Hoornesgroep', 'Zanderij'], []],
      ['bieb', [], ['Buurtbakkie']],
      ['kerk', ['Hoornesgroep'], []],
    ]);
  });

  it('is empty for a partner that shares nothing', () => {
    expect(collaborators({ id: 'x', steungroepen: [], activiteiten: [] })).toEqual([]);
  });
});
