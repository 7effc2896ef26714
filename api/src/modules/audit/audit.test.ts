import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db } from '../../db/db.js';
import { createTestKey, createTestUsers, removeTestAccounts, type TestUser } from '../../testing/accounts.js';
import { code, httpClient } from '../../testing/http.js';

const db = Db.connect({ uri: inject('neo4jUri') });
const http = httpClient();
const HOORNES = 'Steungroep:hoornesgroep';
let builder: TestUser;
let beheerder: TestUser;
let key: { id: string; sleutel: string };
const cookies: Record<string, string> = {};

beforeAll(async () => {
  [builder, beheerder] = (await createTestUsers(db, [
    { id: 'audit-opbouwwerker', rol: 'OPBOUWWERKER', steungroepen: [HOORNES] },
    { id: 'audit-beheerder', rol: 'BEHEERDER' },
  ])) as [TestUser, TestUser];
  key = await createTestKey(db, 'audit-partner', 'Partner:dunavie');
  for (const user of [builder, beheerder]) cookies[user.id] = await http.signIn(user.email, user.wachtwoord);
});
afterAll(async () => {
  await removeTestAccounts(db, [builder.id, beheerder.id, key.id]);
  await db.close();
});

interface Log {
  auditLog: {
    edges: {
      cursor: string;
      node: {
        id: string;
        tijd: string;
        actorId: string | null;
        actorRol: string;
        actie: string;
        doelen: string[];
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
const LOG = `query($f: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $f, first: $first, after: $after) { edges { cursor node { id tijd actorId actorRol actie doelen } } pageInfo { hasNextPage endCursor } }
}`;
const reads = async (actorId: string) =>
  (
    await db.query<{ doelen: string[] }>(
      `MATCH (a:AuditRegel {actie: 'INWONERS_GELEZEN', actorId: $actorId}) RETURN a.doelen AS doelen`,
      { actorId },
    )
  ).map((r) => r.doelen);

describe('the audit log', () => {
  it('records all the resident reads of one request in one entry', async () => {
    const before = (await reads(builder.id)).length;
    const res = await http.post<{
      a: { leden: { inwoner: { id: string } }[] };
      b: { leden: { inwoner: { id: string } }[] };
    }>(
      `query($id: ID!) { a: node(id: $id) { ... on Steungroep { leden { inwoner { id } } } } b: node(id: $id) { ... on Steungroep { leden { inwoner { id pseudoniem } } } } }`,
      { id: HOORNES },
      { cookie: cookies[builder.id]! },
    );
    const ids = res.body!.data!.a.leden.map((l) => l.inwoner.id).sort();
    const after = await reads(builder.id);
    expect(after).toHaveLength(before + 1);
    expect(after.find((d) => d.length === ids.length && d.every((id, i) => id === ids[i]))).toBeDefined();
  });

  it('writes nothing for a request that reads no resident', async () => {
    const before = (await reads(builder.id)).length;
    await http.post(
      `{ node(id: "${HOORNES}") { ... on Steungroep { ledenTelling { totaal { aantal } } } } }`,
      {},
      { cookie: cookies[builder.id]! },
    );
    expect(await reads(builder.id)).toHaveLength(before);
  });

  it('records sign-ins and failed sign-ins without an email address or password', async () => {
    await http.post(`mutation { inloggen(email: "${builder.email}", wachtwoord: "fout") { rol } }`);
    const res = await http.post<Log>(LOG, { f: { doel: builder.id } }, { cookie: cookies[beheerder.id]! });
    const acties = res.body!.data!.auditLog.edges.map((e) => e.node.actie);
    expect(acties).toContain('INGELOGD');
    expect(acties).toContain('INLOGGEN_MISLUKT');
    expect(res.text).not.toContain(builder.email);
    expect(res.text).not.toContain('fout');
  });

  it('is read by administrators only', async () => {
    for (const credentials of [{}, { cookie: cookies[builder.id]! }, { bearer: key.sleutel }]) {
      expect(code(await http.post(LOG, {}, credentials))).toBe('FORBIDDEN');
    }
  });

  it('pages newest first without overlap, and filters by actor and action', async () => {
    for (let i = 0; i < 3; i++) {
      await http.post(
        `{ node(id: "${HOORNES}") { ... on Steungroep { leden { rol } } } }`,
        {},
        { cookie: cookies[builder.id]! },
      );
    }
    const f = { actorId: builder.id, actie: 'INWONERS_GELEZEN' };
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: { body: { data?: Log | null } | null } = await http.post<Log>(
        LOG,
        { f, first: 2, after },
        { cookie: cookies[beheerder.id]! },
      );
      const page: Log['auditLog'] = res.body!.data!.auditLog;
      expect(page.edges.length).toBeLessThanOrEqual(2);
      expect(
        page.edges.every((e) => e.node.actorId === builder.id && e.node.actie === 'INWONERS_GELEZEN'),
      ).toBe(true);
      seen.push(...page.edges.map((e) => e.node.tijd + ' ' + e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 20);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort().reverse());
  });

  it('refuses a cursor that is not its own and a page over 200', async () => {
    const cookie = cookies[beheerder.id]!;
    const foreign = Buffer.from(JSON.stringify(['Hoornes', 'Steungroep:hoornesgroep'])).toString('base64url');
    expect(code(await http.post(LOG, { after: foreign }, { cookie }))).toBe('BAD_USER_INPUT');
    expect(code(await http.post(LOG, { first: 10_000 }, { cookie }))).toBe('BAD_USER_INPUT');
  });
});
