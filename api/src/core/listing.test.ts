import { afterAll, describe, expect, it } from 'vitest';
import { errorCode, graphqlClient } from '../testing/graphql.js';

const client = graphqlClient();
afterAll(() => client.close());

interface Page {
  partners: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; naam: string; verbindingen: number; soort: string } }[];
  };
}

const PARTNERS = /* GraphQL */ `
  query Partners($filter: ListFilter, $orderBy: ListOrder, $first: Int, $after: String) {
    partners(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          naam
          verbindingen
          soort
        }
      }
    }
  }
`;

async function walk(variables: Record<string, unknown>) {
  const seen: Page['partners']['edges'][number]['node'][] = [];
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const result: Awaited<ReturnType<typeof client.run<Page>>> = await client.run<Page>(PARTNERS, {
      ...variables,
      first: 7,
      after,
    });
    expect(result.errors).toBeUndefined();
    const page = result.data!.partners;
    total = page.totalCount;
    seen.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { seen, total };
}

describe('lists', () => {
  it('page through every item once, in name order, matching totalCount', async () => {
    const { seen, total } = await walk({ filter: { gemeente: 'GM0537' } });
    expect(seen.length).toBe(total);
    expect(new Set(seen.map((n) => n.id)).size).toBe(total);
    const names = seen.map((n) => n.naam.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('sort by number of connections, most first, across pages', async () => {
    const { seen } = await walk({
      filter: { gemeente: 'GM0537' },
      orderBy: { field: 'VERBINDINGEN', direction: 'DESC' },
    });
    const degrees = seen.map((n) => n.verbindingen);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(degrees[0]).toBeGreaterThan(degrees.at(-1)!);
  });

  it('filter by partner kind and scope by gemeente', async () => {
    const katwijk = await walk({ filter: { gemeente: 'GM0537', partnerSoort: 'OUDERENBOND' } });
    expect(katwijk.total).toBeGreaterThan(0);
    expect(katwijk.seen.every((n) => n.soort === 'OUDERENBOND')).toBe(true);
    const all = await walk({ filter: { gemeente: 'GM0537' } });
    const helder = await walk({ filter: { gemeente: 'GM0400' } });
    expect(helder.total).toBeGreaterThan(0);
    const ids = new Set(all.seen.map((n) => n.id));
    expect(helder.seen.some((n) => ids.has(n.id))).toBe(false);
  });

  it('filter steungroepen by thema and kern', async () => {
    const result = await client.run<{ steungroepen: { edges: { node: { id: string } }[] } }>(
      `query($f: ListFilter) { steungroepen(filter: $f) { edges { node { id } } } }`,
      { f: { thema: 'Thema:eenzaamheid', gemeente: 'GM0537' } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.steungroepen.edges.map((e) => e.node.id)).toContain('Steungroep:hoornesgroep');
  });
});

describe('bad input', () => {
  it('an unknown filter value is named in a BAD_USER_INPUT error', async () => {
    const result = await client.run(PARTNERS, { filter: { wijk: 'Wijk:does-not-exist' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toContain('Wijk:does-not-exist');
    expect(result.errors![0]!.extensions!.field).toBe('filter.wijk');
  });

  it('an unknown gemeente code is a BAD_USER_INPUT error', async () => {
    const result = await client.run(PARTNERS, { filter: { gemeente: 'GM9999' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('a malformed cursor is a BAD_USER_INPUT error', async () => {
    const result = await client.run(PARTNERS, { after: 'not-a-cursor' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.field).toBe('after');
  });

  it('a negative or too large page size is a BAD_USER_INPUT error', async () => {
    for (const first of [-1, 1000]) {
      const result = await client.run(PARTNERS, { first });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    }
  });

  it('a filter that does not apply to the kind is a BAD_USER_INPUT error', async () => {
    const result = await client.run(`{ buurten(filter: { thema: "Thema:eenzaamheid" }) { totalCount } }`);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toMatch(/does not apply to buurten/);
  });

  it('an unknown enum value is rejected by validation with a code', async () => {
    const result = await client.run(PARTNERS, { filter: { partnerSoort: 'PIRATEN' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('an unknown id is NOT_FOUND and a malformed id BAD_USER_INPUT', async () => {
    const unknown = await client.run(`{ node(id: "Partner:nobody") { id } }`);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const malformed = await client.run(`{ node(id: "nobody") { id } }`);
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
  });

  it('no error carries a stack trace', async () => {
    const result = await client.run(PARTNERS, { after: '%%%' });
    expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});
