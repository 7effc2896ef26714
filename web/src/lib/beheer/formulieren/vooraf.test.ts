import { describe, expect, it } from 'vitest';
import { VELDEN } from './velden.js';
import { voorafIngevuld } from './vooraf.js';

describe('a create form filled in from its URL', () => {
  it('takes plain values as they are and looks up the names of references, dropping unknown ids', async () => {
    const namen: Record<string, string> = {
      'Wijk:GM0537-WK02': 'De Hoornes',
      'Thema:eenzaamheid': 'eenzaamheid',
    };
    const waarden = await voorafIngevuld(
      VELDEN.SIGNAAL,
      new URLSearchParams(
        'gemeente=GM0537&wijk=Wijk:GM0537-WK02&themas=Thema:eenzaamheid,Thema:weg&bron=WIJKTEAM',
      ),
      async (id) => namen[id],
    );
    expect(waarden).toMatchObject({
      gemeente: 'GM0537',
      bron: 'WIJKTEAM',
      titel: '',
      wijk: { id: 'Wijk:GM0537-WK02', label: 'De Hoornes' },
      themas: [{ id: 'Thema:eenzaamheid', label: 'eenzaamheid' }],
      eigenaar: null,
    });
  });
});
