import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db } from '../../db/db.js';
import { createTestUsers, removeTestAccounts, type TestUser } from '../../testing/accounts.js';
import { code, httpClient } from '../../testing/http.js';
import { DEMO_API_KEYS, DEMO_USERS } from '../../seed/users.js';
import { sha256 } from './tokens.js';

const db = Db.connect({ uri: inject('neo4jUri') });
const http = httpClient();
const IK = `{ ik { rol gebruiker { id email rol } partner { id } steungroepen { id } sessieVerlooptOp } }`;

let beheerder: TestUser;
let builder: TestUser;
let gemeente: TestUser;
const madeKeys: string[] = [];

beforeAll(async () => {
  [beheerder, builder, gemeente] = (await createTestUsers(db, [
    { id: 'toegang-test-beheerder', rol: 'BEHEERDER' },
    { id: 'toegang-test-opbouwwerker', rol: 'OPBOUWWERKER', steungroepen: ['Steungroep:hoornesgroep'] },
    { id: 'toegang-test-gemeente', rol: 'GEMEENTE', gemeenten: ['GM0400'] },
  ])) as [TestUser, TestUser, TestUser];
});
afterAll(async () => {
  await removeTestAccounts(db, [beheerder.id, builder.id, gemeente.id, ...madeKeys]);
  await db.close();
});

interface Ik {
  ik: {
    rol: string;
    gebruiker: { id: string; email: string; rol: string } | null;
    partner: { id: string } | null;
    steungroepen: { id: string }[];
    sessieVerlooptOp: string | null;
  };
}

describe('signing in', () => {
  it('starts an 8-hour session in an HttpOnly, SameSite=Strict cookie, and ik names the person and their groups', async () => {
    const res = await http.post<{ inloggen: Ik['ik'] }>(
      `mutation($e: String!, $w: String!) { inloggen(email: $e, wachtwoord: $w) { rol steungroepen { id } sessieVerlooptOp } }`,
      { e: builder.email.toUpperCase(), w: builder.wachtwoord },
    );
    expect(res.status).toBe(200);
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('wijkweb_sessie='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).not.toMatch(/Secure/i); // only in production
    const hours = (Date.parse(res.body!.data!.inloggen.sessieVerlooptOp!) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);

    const cookie = setCookie.split(';')[0]!;
    const me = await http.post<Ik>(IK, {}, { cookie });
    expect(me.body!.data!.ik).toMatchObject({
      rol: 'OPBOUWWERKER',
      gebruiker: { id: builder.id, email: builder.email, rol: 'OPBOUWWERKER' },
      partner: null,
      steungroepen: [{ id: 'Steungroep:hoornesgroep' }],
    });
  });

  it('knows the gemeenten a person works for: named ones, and a builder’s groups’ gemeente', async () => {
    const WAAR = '{ ik { gemeenten { code } magMaken } }';
    type Waar = { ik: { gemeenten: { code: string }[]; magMaken: string[] } };
    const gm = await http.post<Waar>(
      WAAR,
      {},
      { cookie: await http.signIn(gemeente.email, gemeente.wachtwoord) },
    );
    expect(gm.body!.data!.ik).toEqual({
      gemeenten: [{ code: 'GM0400' }],
      magMaken: ['SIGNAAL', 'INDICATOR', 'MAG_DOEL'],
    });
    const ob = await http.post<Waar>(
      WAAR,
      {},
      { cookie: await http.signIn(builder.email, builder.wachtwoord) },
    );
    expect(ob.body!.data!.ik.gemeenten).toEqual([{ code: 'GM0537' }]);
  });

  it('stores only the hash of the session token', async () => {
    const cookie = await http.signIn(gemeente.email, gemeente.wachtwoord);
    const token = cookie.split('=')[1]!;
    const [row] = await db.query<{ n: number; plain: number }>(
      `MATCH (s:Sessie)-[:VAN]->(:Gebruiker {id: $id})
       RETURN count(s) AS n, count(CASE WHEN any(k IN keys(s) WHERE s[k] = $token) THEN 1 END) AS plain`,
      { id: gemeente.id, token },
    );
    expect(row!.n).toBeGreaterThan(0);
    expect(row!.plain).toBe(0);
  });

  it('refuses a wrong password and an unknown email with the same message, 401 UNAUTHENTICATED', async () => {
    const login = `mutation($e: String!, $w: String!) { inloggen(email: $e, wachtwoord: $w) { rol } }`;
    const wrong = await http.post(login, { e: gemeente.email, w: 'niet-het-wachtwoord' });
    const unknown = await http.post(login, { e: 'niemand@test.wijkweb.example', w: 'wat-dan-ook' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(code(res)).toBe('UNAUTHENTICATED');
      expect(res.headers.getSetCookie()).toEqual([]);
    }
    expect(wrong.body!.errors![0]!.message).toBe(unknown.body!.errors![0]!.message);
  });

  it('lets the documented demo accounts and the demo key in outside production', async () => {
    for (const user of DEMO_USERS) {
      const cookie = await http.signIn(user.email, user.wachtwoord);
      const me = await http.post<Ik>(IK, {}, { cookie });
      expect(me.body!.data!.ik.rol).toBe(user.rol);
      expect(me.body!.data!.ik.steungroepen.map((s) => s.id)).toEqual(user.verantwoordelijkVoor);
      await http.post('mutation { uitloggen }', {}, { cookie });
    }
    const partner = await http.post<Ik>(IK, {}, { bearer: DEMO_API_KEYS[0].sleutel });
    expect(partner.body!.data!.ik).toMatchObject({
      rol: 'PARTNER',
      gebruiker: null,
      partner: { id: 'Partner:dunavie' },
    });
  });
});

describe('a session', () => {
  it('ends at sign-out: the cookie is cleared and sending it again is UNAUTHENTICATED, not anonymous', async () => {
    const cookie = await http.signIn(gemeente.email, gemeente.wachtwoord);
    const out = await http.post<{ uitloggen: boolean }>('mutation { uitloggen }', {}, { cookie });
    expect(out.body!.data!.uitloggen).toBe(true);
    expect(out.headers.getSetCookie().join()).toMatch(/wijkweb_sessie=;.*Expires=Thu, 01 Jan 1970/);

    const again = await http.post(IK, {}, { cookie });
    expect(again.status).toBe(401);
    expect(code(again)).toBe('UNAUTHENTICATED');
    expect(again.body!.errors![0]!.message).toMatch(/no longer valid.*Sign in again/);
    expect(again.headers.getSetCookie().join()).toMatch(/wijkweb_sessie=;/);

    const anonymous = await http.post<Ik>(IK);
    expect(anonymous.body!.data!.ik.rol).toBe('ANONIEM');
    expect((await http.post<{ uitloggen: boolean }>('mutation { uitloggen }')).body!.data!.uitloggen).toBe(
      false,
    );
  });

  it('that expired is refused with a message saying so, and removed', async () => {
    const cookie = await http.signIn(gemeente.email, gemeente.wachtwoord);
    expect((await http.post<Ik>(IK, {}, { cookie })).body!.data!.ik.rol).toBe('GEMEENTE');
    await db.write((tx) =>
      tx.run(
        `MATCH (s:Sessie)-[:VAN]->(:Gebruiker {id: $id}) SET s.verlooptOp = datetime() - duration('PT1M')`,
        { id: gemeente.id },
      ),
    );
    const expired = await http.post(IK, {}, { cookie });
    expect(expired.status).toBe(401);
    expect(expired.body!.errors![0]).toMatchObject({
      message: 'Your session has expired. Sign in again.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const [left] = await db.query<{ n: number }>('MATCH (s:Sessie {tokenHash: $hash}) RETURN count(s) AS n', {
      hash: sha256(cookie.split('=')[1]!),
    });
    expect(left!.n).toBe(0);
  });
});

describe('partner API keys', () => {
  const MAAK = `mutation($p: ID!, $n: String!) { maakApiSleutel(partner: $p, naam: $n) { sleutel apiSleutel { id naam voorvoegsel partner { id } ingetrokkenOp } } }`;
  const INTREKKEN = `mutation($id: ID!) { trekApiSleutelIn(id: $id) { id ingetrokkenOp } }`;

  it('are made by an administrator, shown once, listed without the secret, and work as Bearer keys', async () => {
    const admin = await http.signIn(beheerder.email, beheerder.wachtwoord);
    const made = await http.post<{
      maakApiSleutel: { sleutel: string; apiSleutel: { id: string; voorvoegsel: string } };
    }>(MAAK, { p: 'Partner:dunavie', n: 'Toegangstest' }, { cookie: admin });
    expect(made.body!.errors).toBeUndefined();
    const { sleutel, apiSleutel } = made.body!.data!.maakApiSleutel;
    madeKeys.push(apiSleutel.id);
    expect(sleutel).toMatch(/^wijkweb_[A-Za-z0-9_-]{43}$/);
    expect(sleutel.startsWith(apiSleutel.voorvoegsel)).toBe(true);

    const list = await http.post(
      `{ apiSleutels(partner: "Partner:dunavie") { id naam voorvoegsel } }`,
      {},
      { cookie: admin },
    );
    expect(list.text).toContain(apiSleutel.id);
    expect(list.text).not.toContain(sleutel);
    const [stored] = await db.query<{ props: Record<string, unknown> }>(
      'MATCH (k:ApiSleutel {id: $id}) RETURN properties(k) AS props',
      {
        id: apiSleutel.id,
      },
    );
    expect(Object.values(stored!.props)).not.toContain(sleutel);

    const me = await http.post<Ik>(IK, {}, { bearer: sleutel });
    expect(me.body!.data!.ik).toMatchObject({ rol: 'PARTNER', partner: { id: 'Partner:dunavie' } });
  });

  it('stop working once revoked, with a message saying so; revoking twice changes nothing', async () => {
    const admin = await http.signIn(beheerder.email, beheerder.wachtwoord);
    const made = await http.post<{ maakApiSleutel: { sleutel: string; apiSleutel: { id: string } } }>(
      MAAK,
      { p: 'Partner:dunavie', n: 'In te trekken' },
      { cookie: admin },
    );
    const { sleutel, apiSleutel } = made.body!.data!.maakApiSleutel;
    madeKeys.push(apiSleutel.id);
    const first = await http.post<{ trekApiSleutelIn: { ingetrokkenOp: string } }>(
      INTREKKEN,
      { id: apiSleutel.id },
      { cookie: admin },
    );
    const second = await http.post<{ trekApiSleutelIn: { ingetrokkenOp: string } }>(
      INTREKKEN,
      { id: apiSleutel.id },
      { cookie: admin },
    );
    expect(first.body!.data!.trekApiSleutelIn.ingetrokkenOp).toBeTruthy();
    expect(second.body!.data!.trekApiSleutelIn.ingetrokkenOp).toBe(
      first.body!.data!.trekApiSleutelIn.ingetrokkenOp,
    );

    const refused = await http.post(IK, {}, { bearer: sleutel });
    expect(refused.status).toBe(401);
    expect(code(refused)).toBe('UNAUTHENTICATED');
    expect(refused.body!.errors![0]!.message).toMatch(/revoked on \d{4}-\d{2}-\d{2}/);
  });

  it('that are unknown or malformed are UNAUTHENTICATED with a reason, never anonymous', async () => {
    const unknown = await http.post(IK, {}, { bearer: `wijkweb_${'x'.repeat(43)}` });
    expect(unknown.status).toBe(401);
    expect(unknown.body!.errors![0]!.message).toMatch(/not known/);
    const malformed = await http.post(IK, {}, { bearer: 'hallo' });
    expect(malformed.body!.errors![0]!.message).toMatch(/not a Wijkweb API key/);
    const res = await fetch(`${http.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwdw==' },
      body: JSON.stringify({ query: '{ ik { rol } }' }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('are managed by administrators only', async () => {
    const cookie = await http.signIn(gemeente.email, gemeente.wachtwoord);
    const asGemeente = await http.post(MAAK, { p: 'Partner:dunavie', n: 'Mag niet' }, { cookie });
    expect(code(asGemeente)).toBe('FORBIDDEN');
    const asPartner = await http.post('{ apiSleutels { id } }', {}, { bearer: DEMO_API_KEYS[0].sleutel });
    expect(code(asPartner)).toBe('FORBIDDEN');
    const anonymous = await http.post(INTREKKEN, { id: 'ApiSleutel:demo-dunavie' });
    expect(code(anonymous)).toBe('FORBIDDEN');
  });
});
