import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db } from '../../db/db.js';
import { createTestUsers, removeTestAccounts, type TestUser } from '../../testing/accounts.js';
import { code, httpClient } from '../../testing/http.js';

/** A small group of its own under gemeente GM9902, so erasing disturbs no other test. */
const GM = 'GM9902';
const GROEP = 'Steungroep:test-verwijder-groep';
const ANDERE = 'Steungroep:test-verwijder-andere';
const bewoner = (n: number) => ({
  id: `Inwoner:test-verwijder-${n}`,
  pseudoniem: `Verwijderpersoon-${n}-Zeldzaam`,
});
const BEWONERS = [1, 2, 3].map(bewoner);

const db = Db.connect({ uri: inject('neo4jUri') });
const http = httpClient();
const ERASE = `mutation($id: ID!) { verwijderInwoner(id: $id) { id lidmaatschappen } }`;
let builder: TestUser;
let otherBuilder: TestUser;
let beheerder: TestUser;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  await db.write(async (tx) => {
    await tx.run(
      `MERGE (b:Buurt {id: $buurt}) SET b.naam = 'Testbuurt', b.gemeente = $gm, b.code = 'BU99020101'
       WITH b UNWIND $groepen AS g MERGE (s:Steungroep {id: g}) SET s.naam = g, s.gemeente = $gm`,
      { buurt: `Buurt:${GM}-BU01`, gm: GM, groepen: [GROEP, ANDERE] },
    );
    await tx.run(
      `UNWIND $bewoners AS r
       MERGE (i:Inwoner {id: r.id}) SET i.pseudoniem = r.pseudoniem, i.leeftijdsband = '30-49',
         i.toestemmingsdatum = date('2024-01-01'), i.gemeente = $gm
       WITH i MATCH (s:Steungroep {id: $groep}), (a:Steungroep {id: $andere}), (b:Buurt {id: $buurt})
       MERGE (i)-[:LID_VAN {rol: 'DEELNEMER'}]->(s) MERGE (i)-[:LID_VAN {rol: 'VRIJWILLIGER'}]->(a) MERGE (i)-[:WOONT_IN]->(b)`,
      { bewoners: BEWONERS, gm: GM, groep: GROEP, andere: ANDERE, buurt: `Buurt:${GM}-BU01` },
    );
  });
  [builder, otherBuilder, beheerder] = (await createTestUsers(db, [
    { id: 'verwijder-opbouwwerker', rol: 'OPBOUWWERKER', steungroepen: [GROEP] },
    { id: 'verwijder-opbouwwerker-elders', rol: 'OPBOUWWERKER', steungroepen: ['Steungroep:hoornesgroep'] },
    { id: 'verwijder-beheerder', rol: 'BEHEERDER' },
  ])) as [TestUser, TestUser, TestUser];
  for (const user of [builder, otherBuilder, beheerder])
    cookies[user.id] = await http.signIn(user.email, user.wachtwoord);
});

afterAll(async () => {
  await removeTestAccounts(db, [builder.id, otherBuilder.id, beheerder.id]);
  await db.write((tx) =>
    tx.run(
      `MATCH (a:AuditRegel) WHERE any(d IN a.doelen WHERE d STARTS WITH 'Inwoner:test-verwijder-') DETACH DELETE a
       WITH count(*) AS _ MATCH (n) WHERE n.gemeente = $gm DETACH DELETE n`,
      { gm: GM },
    ),
  );
  await db.close();
});

const HOLDS = (v: string) =>
  `CASE WHEN ${v} IS :: LIST<ANY> THEN any(x IN ${v} WHERE toString(x) CONTAINS $t) ELSE toString(${v}) CONTAINS $t END`;

/** Every node and relationship property anywhere that holds the text, in a list or on its own. */
async function traces(text: string): Promise<number> {
  const [row] = await db.query<{ nodes: number; rels: number }>(
    `CALL () { MATCH (n) WHERE any(k IN keys(n) WHERE ${HOLDS('n[k]')}) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() WHERE any(k IN keys(r) WHERE ${HOLDS('r[k]')}) RETURN count(r) AS rels }
     RETURN nodes, rels`,
    { t: text },
  );
  return row!.nodes + row!.rels;
}

describe('erasing a resident', () => {
  it('is FORBIDDEN to anyone but an administrator or their builder, and changes nothing', async () => {
    const target = BEWONERS[0]!;
    for (const credentials of [{}, { cookie: cookies[otherBuilder.id]! }]) {
      const res = await http.post(ERASE, { id: target.id }, credentials);
      expect(code(res)).toBe('FORBIDDEN');
    }
    // Unknown ids get the same answer, so the refusal does not tell who exists.
    expect(
      code(await http.post(ERASE, { id: 'Inwoner:bestaat-niet' }, { cookie: cookies[otherBuilder.id]! })),
    ).toBe('FORBIDDEN');
    expect(await traces(target.pseudoniem)).toBe(1);
  });

  it('by their builder leaves nothing of them, and an audit entry without the pseudonym', async () => {
    const target = BEWONERS[0]!;
    const res = await http.post<{ verwijderInwoner: { id: string; lidmaatschappen: number } }>(
      ERASE,
      { id: target.id },
      { cookie: cookies[builder.id]! },
    );
    expect(res.body!.errors).toBeUndefined();
    expect(res.body!.data!.verwijderInwoner).toEqual({ id: target.id, lidmaatschappen: 2 });

    const [left] = await db.query<{ n: number }>(`MATCH (i {id: $id}) RETURN count(i) AS n`, {
      id: target.id,
    });
    expect(left!.n).toBe(0);
    expect(await traces(target.pseudoniem)).toBe(0);
    const [others] = await db.query<{ n: number }>(
      'MATCH (i:Inwoner)-[:LID_VAN]->(:Steungroep {id: $g}) RETURN count(i) AS n',
      { g: GROEP },
    );
    expect(others!.n).toBe(2);

    const entries = await db.query<{ a: Record<string, unknown> }>(
      `MATCH (a:AuditRegel {actie: 'INWONER_VERWIJDERD'}) WHERE $id IN a.doelen RETURN properties(a) AS a`,
      { id: target.id },
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]!.a).toMatchObject({
      actorId: builder.id,
      actorRol: 'OPBOUWWERKER',
      doelen: [target.id],
    });
    expect(Object.keys(entries[0]!.a).sort()).toEqual([
      'actie',
      'actorId',
      'actorRol',
      'doelen',
      'id',
      'tijd',
    ]);
  });

  it('twice: NOT_FOUND for an administrator, FORBIDDEN for a builder (who learns nothing)', async () => {
    const target = BEWONERS[0]!;
    expect(code(await http.post(ERASE, { id: target.id }, { cookie: cookies[beheerder.id]! }))).toBe(
      'NOT_FOUND',
    );
    expect(code(await http.post(ERASE, { id: target.id }, { cookie: cookies[builder.id]! }))).toBe(
      'FORBIDDEN',
    );
  });

  it('by an administrator works for any resident', async () => {
    const target = BEWONERS[1]!;
    const res = await http.post<{ verwijderInwoner: { id: string } }>(
      ERASE,
      { id: target.id },
      { cookie: cookies[beheerder.id]! },
    );
    expect(res.body!.data!.verwijderInwoner.id).toBe(target.id);
    expect(await traces(target.pseudoniem)).toBe(0);
  });

  it('refuses an id that is not a resident’s', async () => {
    const res = await http.post(ERASE, { id: 'Steungroep:hoornesgroep' }, { cookie: cookies[beheerder.id]! });
    expect(code(res)).toBe('BAD_USER_INPUT');
    const [still] = await db.query<{ n: number }>(
      "MATCH (s:Steungroep {id: 'Steungroep:hoornesgroep'}) RETURN count(s) AS n",
    );
    expect(still!.n).toBe(1);
  });
});
