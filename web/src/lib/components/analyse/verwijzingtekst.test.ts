import { describe, expect, it } from 'vitest';
import { alsTekst, mailtoLink } from './verwijzingtekst.js';

describe('alsTekst', () => {
  it('numbers the items under the heading with their lines indented', () => {
    const tekst = alsTekst({
      kop: '2 activiteiten',
      items: [
        { titel: 'Koffie', regels: ['Waar: buurthuis', 'Wanneer: dinsdag'] },
        { titel: 'Eten', regels: [] },
      ],
      voet: 'Stand van 1 mei.',
    });
    expect(tekst).toBe(
      '2 activiteiten\n\n1. Koffie\n   Waar: buurthuis\n   Wanneer: dinsdag\n\n2. Eten\n\nStand van 1 mei.',
    );
  });
});

describe('mailtoLink', () => {
  it('encodes subject and body', () => {
    expect(mailtoLink('Voor jou & mij', 'regel 1\nregel 2')).toBe(
      'mailto:?subject=Voor%20jou%20%26%20mij&body=regel%201%0Aregel%202',
    );
  });

  it('cuts a long body at a line boundary and says it goes on', () => {
    const tekst = ['aaaa', 'bbbb', 'cccc'].join('\n');
    const link = mailtoLink('x', tekst, 10);
    expect(decodeURIComponent(link.split('&body=')[1]!)).toBe('aaaa\nbbbb\n…');
  });
});
