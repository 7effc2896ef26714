/**
 * The endpoint as NODE_ENV=production runs it, and with small rate limits: each on a server of
 * its own (same database), so the limits cannot disturb the shared test server.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db } from '../db/db.js';
import { DEMO_API_KEYS, DEMO_USERS } from '../seed/users.js';
import { startServer, type Running } from '../server.js';
import { createTestKey, createTestUsers, removeTestAccounts, type TestUser } from '../testing/accounts.js';
import { code, httpClient } from '../testing/http.js';

const db = Db.connect({ uri: inject('neo4jUri') });
const logger = pino({ level: 'silent' });
let production: Running;
let limited: Running;
let person: TestUser;
let key: { id: string; sleutel: string };

beforeAll(async () => {
  production = await startServer({ db, logger, port: 0, production: true, webDir: '/nonexistent' });
  limited = await startServer({
    db,
    logger,
    port: 0,
    webDir: '/nonexistent',
    rateLimits: { perMinute: 5, failedAuthPer15Minutes: 3 },
  });
  [person] = (await createTestUsers(db, [{ id: 'productie-gemeente', rol: 'GEMEENTE' }])) as [TestUser];
  key = await createTestKey(db, 'productie-partner', 'Partner:dunavie');
});
afterAll(async () => {
  await production.close();
  await limited.close();
  await removeTestAccounts(db, [person.id, key.id]);
  await db.close();
});

const INTROSPECTION = '{ __schema { queryType { name } types { name } } }';

describe('in production', () => {
  it('refuses the documented demo accounts and the demo key', async () => {
    const http = httpClient(production.url);
    const demo = DEMO_USERS[0]!;
    const res = await http.post(
      `mutation($e: String!, $w: String!) { inloggen(email: $e, wachtwoord: $w) { rol } }`,
      { e: demo.email, w: demo.wachtwoord },
    );
    expect(res.status).toBe(401);
    expect(res.body!.errors![0]).toMatchObject({
      message: 'Demo accounts do not work in production.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const demoKey = await http.post('{ ik { rol } }', {}, { bearer: DEMO_API_KEYS[0].sleutel });
    expect(demoKey.status).toBe(401);
    expect(demoKey.body!.errors![0]!.message).toBe('Demo keys do not work in production.');
  });

  it('sends the session as a __Host- cookie that is Secure, HttpOnly and SameSite=Strict', async () => {
    const http = httpClient(production.url);
    const res = await http.post(
      `mutation($e: String!, $w: String!) { inloggen(email: $e, wachtwoord: $w) { rol } }`,
      { e: person.email, w: person.wachtwoord },
    );
    const cookie = res.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(
      /^__Host-wijkweb_sessie=[\w-]{43}; Path=\/; Expires=.*; HttpOnly; Secure; SameSite=Strict$/,
    );
    const me = await http.post<{ ik: { rol: string } }>(
      '{ ik { rol } }',
      {},
      { cookie: cookie.split(';')[0] },
    );
    expect(me.body!.data!.ik.rol).toBe('GEMEENTE');
  });

  it('allows introspection only with a session or key, and hides field suggestions from anonymous callers', async () => {
    const http = httpClient(production.url);
    const anonymous = await http.post(INTROSPECTION);
    expect(anonymous.status).toBe(403);
    expect(code(anonymous)).toBe('FORBIDDEN');
    expect(anonymous.text).not.toContain('Steungroep');
    const hidden = await http.post(`{ __type(name: "Inwoner") { fields { name } } }`);
    expect(code(hidden)).toBe('FORBIDDEN');

    const partner = await http.post<{ __schema: { queryType: { name: string } } }>(
      INTROSPECTION,
      {},
      { bearer: key.sleutel },
    );
    expect(partner.body!.data!.__schema.queryType.name).toBe('Query');

    const typo = '{ partners { edges { node { naem } } } }';
    const stranger = await http.post(typo);
    expect(code(stranger)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(stranger.body!.errors![0]!.message).toBe('Cannot query field "naem" on type "Partner".');
    const known = await http.post(typo, {}, { bearer: key.sleutel });
    expect(known.body!.errors![0]!.message).toMatch(/Did you mean "naam"\?/);
  });

  it('masks unexpected errors and never shows a stack trace', async () => {
    const http = httpClient(production.url);
    const res = await http.post('{ node(id: "Wijk:bestaat-niet") { id } }');
    expect(res.text).not.toMatch(/stacktrace|at .+\.(ts|js):\d+/);
  });
});

describe('rate limits', () => {
  it('answer 429 RATE_LIMITED with Retry-After past the per-caller limit, per key, session or address', async () => {
    const http = httpClient(limited.url);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await http.post('{ gemeenten { code } }')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await http.post('{ gemeenten { code } }');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.body!.errors![0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(refused.body!.errors![0]!.message).toMatch(
      /Too many requests: at most 5 a minute per key, session or address\. Try again in \d+ seconds\./,
    );
    // A partner key has a budget of its own, even from the same address.
    const partner = await http.post<{ ik: { rol: string } }>('{ ik { rol } }', {}, { bearer: key.sleutel });
    expect(partner.status).toBe(200);
    expect(partner.body!.data!.ik.rol).toBe('PARTNER');
  });

  it('block an address after repeated refused credentials', async () => {
    const http = httpClient(limited.url);
    const bad = { bearer: `wijkweb_${'q'.repeat(43)}` };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await http.post('{ ik { rol } }', {}, bad)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const good = await http.post('{ ik { rol } }', {}, { bearer: key.sleutel });
    expect(good.status).toBe(429);
    expect(good.body!.errors![0]!.message).toMatch(
      /Too many failed sign-ins or refused keys from this address/,
    );
  });
});
