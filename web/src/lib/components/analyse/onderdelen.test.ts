import { describe, expect, it } from 'vitest';
import { gewichtenNaarParam, gewichtenUitParam, STANDAARD_GEWICHTEN, zijnStandaard } from './onderdelen.js';

describe('weights in the URL', () => {
  it('round-trips the defaults', () => {
    const param = gewichtenNaarParam(STANDAARD_GEWICHTEN);
    expect(param).toBe('0.3,0.15,0.2,0.15,0.2');
    expect(gewichtenUitParam(param)).toEqual(STANDAARD_GEWICHTEN);
    expect(zijnStandaard(gewichtenUitParam(param)!)).toBe(true);
  });

  it('reads five numbers of 0 or more in the order need, fit, readiness, room, bridges', () => {
    expect(gewichtenUitParam('1,0,0,0,2')).toEqual({
      behoefte: 1,
      passendheid: 0,
      gereedheid: 0,
      ruimte: 0,
      bruggen: 2,
    });
  });

  it('ignores a missing, short, negative, non-numeric or all-zero parameter', () => {
    for (const param of [null, '', '1,2,3', '1,-1,1,1,1', '1,x,1,1,1', '1,,1,1,1', '0,0,0,0,0']) {
      expect(gewichtenUitParam(param)).toBeUndefined();
    }
  });
});
