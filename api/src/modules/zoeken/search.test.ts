import { afterAll, describe, expect, it } from 'vitest';
import { errorCode, graphqlClient } from '../../testing/graphql.js';

const client = graphqlClient();
afterAll(() => client.close());

interface Hits {
  search: { kind: string; label: string; score: number; node: { id: string } }[];
}
const SEARCH = `query($t: String!, $g: String, $k: [NodeKind!]) {
  search(text: $t, gemeente: $g, kinds: $k) { kind label score node { id } }
}`;

describe('search', () => {
  it('finds the Hoornesgroep from a prefix', async () => {
    const { data, errors } = await client.run<Hits>(SEARCH, { t: 'hoornesgr', g: 'GM0537' });
    expect(errors).toBeUndefined();
    expect(data!.search[0]!.node.id).toBe('Steungroep:hoornesgroep');
  });

  it('keeps to the gemeente asked for', async () => {
    const { data } = await client.run<Hits>(SEARCH, { t: 'hoornes', g: 'GM0400' });
    expect(data!.search.some((h) => h.node.id === 'Steungroep:hoornesgroep')).toBe(false);
  });

  it('filters by kind', async () => {
    const { data } = await client.run<Hits>(SEARCH, { t: 'dunavie', k: ['PARTNER'] });
    expect(data!.search.length).toBeGreaterThan(0);
    expect(data!.search.every((h) => h.kind === 'PARTNER')).toBe(true);
  });

  it('answers text with only punctuation with BAD_USER_INPUT, not a parser error', async () => {
    expect(errorCode(await client.run(SEARCH, { t: '"(*' }))).toBe('BAD_USER_INPUT');
  });
});
