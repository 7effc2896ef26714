import { describe, expect, it } from 'vitest';
import { code, httpClient } from '../testing/http.js';
import { QUERY_LIMITS } from './query-limits.js';

const http = httpClient();

async function raw(
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  method = 'POST',
  path = '/graphql',
) {
  const res = await fetch(`${http.base}${path}`, {
    method,
    headers,
    body: method === 'GET' ? undefined : body,
  });
  const text = await res.text();
  let json: { errors?: { message: string; extensions?: Record<string, unknown> }[] } | null = null;
  try {
    json = JSON.parse(text);
  } catch {
    // the assertions say what was expected
  }
  return { status: res.status, json, text };
}

const nest = (levels: number) => {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = i % 2 === 0 ? `kern { ${inner} }` : `wijken { ${inner} }`;
  return `{ gemeente(code: "GM0537") { kernen { wijken { ${inner} } } } }`;
};

describe('hostile queries get a clear error with a code', () => {
  it('deep nesting: GRAPHQL_VALIDATION_FAILED naming the depth limit, before anything runs', async () => {
    const res = await http.post(nest(14));
    expect(res.status).toBe(400);
    expect(res.body!.errors![0]).toMatchObject({
      message: `The query is nested too deeply: at most ${QUERY_LIMITS.depth} levels of fields.`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'DEPTH' },
    });
    expect(res.body!.data).toBeUndefined();
  });

  it('an alias flood: GRAPHQL_VALIDATION_FAILED naming the alias limit', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: gemeenten { code }`).join(' ');
    const res = await http.post(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.body!.errors![0]!.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'ALIASES',
      found: 50,
    });
  });

  it('a query that would return too much: GRAPHQL_VALIDATION_FAILED with its estimated cost, also through variables', async () => {
    const query = `query($n: Int) { wijken(first: $n) { edges { node { steungroepen { partners { partner { activiteiten { locatie { naam } } } } } } } } }`;
    const res = await http.post(query, { n: 200 });
    expect(res.status).toBe(400);
    expect(res.body!.errors![0]!.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'COST',
    });
    expect(res.body!.errors![0]!.message).toMatch(/estimated cost \d+, at most 25000/);
    const small = await http.post(query, { n: 2 });
    expect(small.status).toBe(200);
  });

  it('a huge document: GRAPHQL_PARSE_FAILED at the token limit', async () => {
    const res = await http.post(`{ gemeenten { ${'code '.repeat(QUERY_LIMITS.tokens)} } }`);
    expect(res.status).toBe(400);
    expect(res.body!.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.body!.errors![0]!.message).toMatch(/3000 tokens/);
  });

  it('huge pages and lists: BAD_USER_INPUT or a list-size error naming the limit', async () => {
    expect(code(await http.post(`{ partners(first: 100000) { totalCount } }`))).toBe('BAD_USER_INPUT');
    expect(
      code(await http.post(`{ network(filter: { gemeente: "GM0537" }, limit: 1000000) { totalNodes } }`)),
    ).toBe('BAD_USER_INPUT');
    expect(code(await http.post(`{ search(text: "hoornes", first: 5000) { label } }`))).toBe(
      'BAD_USER_INPUT',
    );
    const kinds = await http.post(
      `query($k: [NodeKind!]) { network(filter: { gemeente: "GM0537", kinds: $k }) { totalNodes } }`,
      {
        k: Array<string>(5000).fill('PARTNER'),
      },
    );
    expect(kinds.status).toBe(400);
    expect(kinds.body!.errors![0]!.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'LIST_SIZE',
      found: 5000,
    });
  });

  it('wrong types and unknown ids: validation, BAD_USER_INPUT or NOT_FOUND', async () => {
    expect(code(await http.post(`{ partners(first: "veel") { totalCount } }`))).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(
      code(await http.post(`query($n: Int) { partners(first: $n) { totalCount } }`, { n: 'veel' })),
    ).toBe('BAD_USER_INPUT');
    expect(code(await http.post(`{ node(id: "Wijk:bestaat-niet") { id } }`))).toBe('NOT_FOUND');
    expect(code(await http.post(`{ node(id: "geen-id") { id } }`))).toBe('BAD_USER_INPUT');
    expect(code(await http.post(`{ partners(after: "!!kapot!!") { totalCount } }`))).toBe('BAD_USER_INPUT');
  });

  it('an oversized body: 413 PAYLOAD_TOO_LARGE as JSON; malformed JSON: 400 BAD_REQUEST', async () => {
    const big = await raw(JSON.stringify({ query: `{ gemeenten { code } } #${'x'.repeat(120_000)}` }));
    expect(big.status).toBe(413);
    expect(big.json!.errors![0]!.extensions!.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await raw('{"query": ');
    expect(broken.status).toBe(400);
    expect(broken.json!.errors![0]!.extensions!.code).toBe('BAD_REQUEST');
    expect(broken.text).not.toMatch(/at .*\.js/);
  });

  it('batches and cross-site simple requests are refused (CSRF prevention)', async () => {
    const batch = await raw(
      JSON.stringify([{ query: '{ gemeenten { code } }' }, { query: '{ themas { id } }' }]),
    );
    expect(batch.status).toBe(400);
    const simple = await raw(JSON.stringify({ query: '{ gemeenten { code } }' }), {
      'content-type': 'text/plain',
    });
    expect(simple.status).toBe(400);
    expect(simple.text).toMatch(/CSRF/);
    const get = await raw('', {}, 'GET', `/graphql?query=${encodeURIComponent('mutation { uitloggen }')}`);
    expect(get.status).toBeGreaterThanOrEqual(400);
    expect(get.text).not.toContain('"uitloggen"');
  });

  it('and the server keeps serving', async () => {
    const res = await http.post<{ gemeenten: { code: string }[] }>(`{ gemeenten { code } }`);
    expect(res.status).toBe(200);
    expect(res.body!.data!.gemeenten.length).toBeGreaterThan(0);
  });
});
