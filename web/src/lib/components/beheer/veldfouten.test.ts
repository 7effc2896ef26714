import { describe, expect, it } from 'vitest';
import { foutVoor, naarFormFouten } from './veldfouten.js';

describe('naarFormFouten', () => {
  const form = { prefix: 'nieuw', velden: ['pseudoniem', 'toestemmingsdatum'] };

  it('puts a problem of a known input field beside that field', () => {
    const fouten = naarFormFouten([{ veld: 'invoer.toestemmingsdatum', bericht: 'Vul de datum in.' }], form);
    expect(fouten).toEqual([
      { veld: 'nieuw-toestemmingsdatum', tekst: 'Vul de datum in.', nederlands: true },
    ]);
    expect(foutVoor(fouten, 'nieuw-toestemmingsdatum')?.tekst).toBe('Vul de datum in.');
  });

  it('keeps a problem the form has no field for, for the summary only', () => {
    const fouten = naarFormFouten([{ veld: 'steungroep', bericht: 'Niet de laatste.' }], form);
    expect(fouten).toEqual([{ veld: undefined, tekst: 'Niet de laatste.', nederlands: true }]);
    expect(foutVoor(fouten, 'nieuw-pseudoniem')).toBeUndefined();
  });
});
