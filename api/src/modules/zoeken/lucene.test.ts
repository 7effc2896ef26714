import { describe, expect, it } from 'vitest';
import { luceneQuery } from './resolvers.js';

describe('luceneQuery', () => {
  it('makes every word a required prefix', () => {
    expect(luceneQuery('Hoornes groep')).toBe('hoornes* AND groep*');
  });

  it('splits on punctuation like the index does, so no Lucene syntax reaches the parser', () => {
    expect(luceneQuery('Kat-rijn (KadR)')).toBe('kat* AND rijn* AND kadr*');
    expect(luceneQuery('a:b "c" *')).toBe('a* AND b* AND c*');
  });

  it('keeps letters with diacritics', () => {
    expect(luceneQuery('Pniëlkerk')).toBe('pniëlkerk*');
  });

  it('gives nothing for text without letters or digits', () => {
    expect(luceneQuery(' ?! ')).toBe('');
  });
});
