import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../schema.js';
import { queryCost } from './query-cost.js';
import { QUERY_LIMITS } from './query-limits.js';

const schema = buildSchema(loadTypeDefs().join('\n'));
const cost = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  queryCost({ schema, document: parse(query), variables, operationName });

describe('queryCost', () => {
  it('counts scalars as nothing and an object as one', () => {
    expect(cost('{ gemeente(code: "GM0537") { naam code } }')).toBe(1);
  });

  it('multiplies an unsized list by 10 and a page by its size, defaults included', () => {
    expect(cost('{ gemeenten { naam } }')).toBe(10);
    expect(cost('{ partners(first: 20) { totalCount } }')).toBe(20);
    expect(cost('{ partners { totalCount } }')).toBe(50); // first: Int = 50
    // The edges of a page are the page: 20 × (1 + edges 1 × (1 + node 1)) = 60.
    expect(cost('{ partners(first: 20) { edges { node { naam } } } }')).toBe(60);
  });

  it('reads page sizes from variables', () => {
    const query = 'query($n: Int) { partners(first: $n) { totalCount } }';
    expect(cost(query, { n: 7 })).toBe(7);
    expect(cost(query, {})).toBe(50);
  });

  it('multiplies nested lists, so nesting costs what it returns', () => {
    // 10 gemeenten × (1 + 10 kernen × (1 + 10 wijken)) = 1110
    expect(cost('{ gemeenten { kernen { wijken { naam } } } }')).toBe(1110);
  });

  it('follows fragments and inline fragments on their own types', () => {
    const query = `query { node(id: "x") { ...G } } fragment G on Node { ... on Steungroep { partners { partner { naam } } } }`;
    expect(cost(query)).toBe(1 + 10 * (1 + 1));
  });

  it('prices a 5000-node network at about 10 000, and ignores introspection', () => {
    expect(
      cost('{ network(filter: { gemeente: "GM0537" }, limit: 5000) { nodes { id } edges { id } } }'),
    ).toBe(5000 * 3);
    expect(cost('{ __schema { types { fields { type { ofType { name } } } } } }')).toBe(0);
  });

  it('keeps the web app’s steungroepen table far below the limit', () => {
    const table = `query($code: String!) { steungroepen(filter: { gemeente: $code }, first: 50) { totalCount edges { node { id naam
      wijk { id naam } themas { id naam } partners { partner { id } } ledenTelling { totaal { aantal minderDanVijf } } } } } }`;
    expect(cost(table, { code: 'GM0537' })).toBeLessThan(QUERY_LIMITS.cost / 2);
  });
});
