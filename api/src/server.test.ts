import { describe, expect, inject, it } from 'vitest';

const base = inject('baseUrl');

async function post(body: unknown, raw = false) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: raw ? (body as string) : JSON.stringify(body),
  });
  return {
    status: res.status,
    json: (await res.json().catch(() => null)) as {
      data?: unknown;
      errors?: { extensions?: { code?: string } }[];
    } | null,
  };
}

describe('the server', () => {
  it('answers /healthz with 200 while Neo4j answers', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves the web app at / and at deep links', async () => {
    for (const path of ['/', '/wijk/some-deep-link']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<html');
    }
  });

  it('keeps serving after malformed JSON, a parse error and a resolver error', async () => {
    expect((await post('{"query": ', true)).status).toBe(400);
    const parse = await post({ query: '{ gemeenten { ' });
    expect(parse.json!.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    const missing = await post({ query: '{ node(id: "Wijk:nope") { id } }' });
    expect(missing.json!.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const ok = await post({ query: '{ gemeenten { code } }' });
    expect(ok.status).toBe(200);
    expect(ok.json!.data).toEqual({
      gemeenten: expect.arrayContaining([{ code: 'GM0537' }, { code: 'GM0400' }]),
    });
  });

  it('refuses a body over 100 kB with 413', async () => {
    const res = await post({ query: `{ gemeenten { code } } #${'x'.repeat(120_000)}` });
    expect(res.status).toBe(413);
  });
});
