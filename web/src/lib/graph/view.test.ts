import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT, networkFilter, readRequest, readView, viewParams, type View } from './view.js';

describe('the view in the URL', () => {
  it('survives a round trip through the URL', () => {
    const view: View = {
      gemeente: 'GM0537',
      wijk: 'Wijk:GM0537-WK02',
      thema: 'Thema:eenzaamheid',
      partnerSoort: 'KERK',
      kinds: ['PARTNER', 'STEUNGROEP'],
      focus: 'Steungroep:hoornesgroep',
      depth: 2,
      expand: ['Partner:dunavie'],
      limit: 1000,
      selected: 'Partner:dunavie',
      showcase: { type: 'soort', kind: 'PARTNER' },
      weergave: 'tabel',
      camera: { x: 0.5, y: 0.25, ratio: 0.3333 },
    };
    expect(readView(new URLSearchParams(viewParams(view).toString()))).toEqual(view);
  });

  it('leaves defaults out, so equal views give equal URLs', () => {
    const params = viewParams({
      gemeente: 'GM0537',
      depth: 1,
      expand: [],
      limit: DEFAULT_LIMIT,
      weergave: 'kaart',
    });
    expect(params.toString()).toBe('gemeente=GM0537');
  });

  it('drops what it cannot read rather than passing it to the API', () => {
    const request = readRequest(
      new URLSearchParams(
        'gemeente=katwijk&wijk=zomaar&partnersoort=KAT&soorten=PARTNER,VIS&diepte=9&limiet=-3',
      ),
    );
    expect(request).toEqual({
      gemeente: undefined,
      kern: undefined,
      wijk: undefined,
      thema: undefined,
      doelgroep: undefined,
      partnerSoort: undefined,
      kinds: ['PARTNER'],
      focus: undefined,
      depth: 3,
      expand: [],
      limit: 1,
    });
  });

  it('rounds the camera to four decimals', () => {
    const params = viewParams({ camera: { x: 0.123456, y: 0.5, ratio: 1 / 3 } });
    expect(params.get('camera')).toBe('0.1235,0.5,0.3333');
  });

  it('asks for the ego network instead of the filters when there is a focus', () => {
    const request = readRequest(
      new URLSearchParams('wijk=Wijk:GM0537-WK02&focus=Steungroep:hoornesgroep&diepte=2'),
    );
    expect(networkFilter(request, 'GM0537')).toEqual({
      gemeente: 'GM0537',
      focus: 'Steungroep:hoornesgroep',
      depth: 2,
      kinds: null,
    });
    expect(networkFilter({ ...request, focus: undefined }, 'GM0537')).toMatchObject({
      wijk: 'Wijk:GM0537-WK02',
    });
  });
});
