/**
 * Every role × every path that could carry a resident, over real HTTP with real sessions and keys:
 * only the community builder responsible for a group sees its residents, and every such read is
 * in the audit log. "Zero leaks" is checked on the raw response: no resident id or pseudonym the
 * caller may not see appears anywhere in it, data or errors.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db } from '../db/db.js';
import { createTestKey, createTestUsers, removeTestAccounts } from '../testing/accounts.js';
import { code, httpClient, type Credentials, type HttpResult } from '../testing/http.js';

const db = Db.connect({ uri: inject('neo4jUri') });
const http = httpClient();

const HOORNES = 'Steungroep:hoornesgroep';
const ANDERE_GROEP = 'Steungroep:cleijn-duin-verbindt';

const ROLES = [
  'anonymous',
  'partner key',
  'gemeente',
  'opbouwwerker of the group',
  'opbouwwerker of another group',
  'wijkteam',
  'beheerder',
] as const;
type RoleName = (typeof ROLES)[number];

type Resident = {
  id: string;
  pseudoniem: string;
  groepen: string[];
};
let residents: Resident[] = [];
let hoornesWijk = '';
let ownResident: Resident;
let otherResident: Resident;
const credentials = new Map<RoleName, Credentials>();
const responsibleFor = new Map<RoleName, string[]>([
  ['opbouwwerker of the group', [HOORNES]],
  ['opbouwwerker of another group', [ANDERE_GROEP]],
]);
const actorIds: string[] = [];

beforeAll(async () => {
  residents = await db.query<Resident>(
    'MATCH (i:Inwoner) RETURN i.id AS id, i.pseudoniem AS pseudoniem, [(i)-[:LID_VAN]->(s) | s.id] AS groepen',
  );
  [{ wijk: hoornesWijk }] = (await db.query<{ wijk: string }>(
    'MATCH (:Steungroep {id: $id})-[:IN_WIJK]->(w) RETURN w.id AS wijk',
    { id: HOORNES },
  )) as [{ wijk: string }];
  ownResident = residents.find((r) => r.groepen.includes(HOORNES) && !r.groepen.includes(ANDERE_GROEP))!;
  otherResident = residents.find((r) => !r.groepen.includes(HOORNES) && r.groepen.includes(ANDERE_GROEP))!;

  const users = await createTestUsers(db, [
    { id: 'matrix-gemeente', rol: 'GEMEENTE' },
    { id: 'matrix-opbouwwerker', rol: 'OPBOUWWERKER', steungroepen: [HOORNES] },
    { id: 'matrix-opbouwwerker-elders', rol: 'OPBOUWWERKER', steungroepen: [ANDERE_GROEP] },
    { id: 'matrix-wijkteam', rol: 'WIJKTEAM' },
    { id: 'matrix-beheerder', rol: 'BEHEERDER' },
  ]);
  const key = await createTestKey(db, 'matrix-partner', 'Partner:dunavie');
  actorIds.push(...users.map((u) => u.id), key.id);
  const signedIn = await Promise.all(users.map((u) => http.signIn(u.email, u.wachtwoord)));
  credentials.set('anonymous', {});
  credentials.set('partner key', { bearer: key.sleutel });
  (
    [
      'gemeente',
      'opbouwwerker of the group',
      'opbouwwerker of another group',
      'wijkteam',
      'beheerder',
    ] as const
  ).forEach((role, i) => credentials.set(role, { cookie: signedIn[i]! }));
});

afterAll(async () => {
  await removeTestAccounts(db, actorIds);
  await db.close();
});

interface Path {
  query: string;
  variables: () => Record<string, unknown>;
  /** May this role see (some) residents on this path? Then the answer must show them. */
  shows: (role: RoleName) => boolean;
  /** What a role that may not see residents gets: FORBIDDEN, or an answer without them. */
  refusal: 'FORBIDDEN' | 'NONE';
}

const builderOfGroup = (role: RoleName) => role === 'opbouwwerker of the group';
const anyBuilder = (role: RoleName) => responsibleFor.has(role);
const never = () => false;

const PATHS: Record<string, Path> = {
  'Steungroep.leden': {
    query: `query($id: ID!) { node(id: $id) { ... on Steungroep { leden { rol sinds inwoner { id pseudoniem leeftijdsband buurt { id } } } } } }`,
    variables: () => ({ id: HOORNES }),
    shows: builderOfGroup,
    refusal: 'FORBIDDEN',
  },
  'leden in a paginated list': {
    query: `{ steungroepen(filter: { gemeente: "GM0537" }, first: 50) { edges { node { id leden { inwoner { id pseudoniem } } } } } }`,
    variables: () => ({}),
    shows: anyBuilder,
    refusal: 'FORBIDDEN',
  },
  'leden nested under a wijk': {
    query: `query($id: ID!) { node(id: $id) { ... on Wijk { steungroepen { id leden { inwoner { id pseudoniem } } } } } }`,
    variables: () => ({ id: hoornesWijk }),
    shows: builderOfGroup,
    refusal: 'FORBIDDEN',
  },
  'node(id) on a resident of the group': {
    query: `query($id: ID!) { node(id: $id) { id ... on Inwoner { pseudoniem leeftijdsband toestemmingsdatum buurt { id } } } }`,
    variables: () => ({ id: ownResident.id }),
    shows: builderOfGroup,
    refusal: 'FORBIDDEN',
  },
  'node(id) on a resident of another group': {
    query: `query($id: ID!) { node(id: $id) { id ... on Inwoner { pseudoniem } } }`,
    variables: () => ({ id: otherResident.id }),
    shows: (role) => role === 'opbouwwerker of another group',
    refusal: 'FORBIDDEN',
  },
  'a fragment on Node': {
    query: `query($id: ID!) { node(id: $id) { __typename ...Any } } fragment Any on Node { id verbindingen ... on Inwoner { pseudoniem } }`,
    variables: () => ({ id: ownResident.id }),
    shows: builderOfGroup,
    refusal: 'FORBIDDEN',
  },
  'search by pseudonym': {
    query: `query($t: String!) { search(text: $t, kinds: [INWONER, STEUNGROEP, PARTNER]) { kind label node { id ... on Inwoner { pseudoniem } } } all: search(text: $t) { kind label node { id } } }`,
    variables: () => ({ t: ownResident.pseudoniem }),
    shows: never,
    refusal: 'NONE',
  },
  'network with INWONER': {
    query: `{ network(filter: { gemeente: "GM0537", kinds: [STEUNGROEP, INWONER] }, limit: 2000) { nodes { id kind label } edges { source target } totalNodes } }`,
    variables: () => ({}),
    shows: anyBuilder,
    refusal: 'FORBIDDEN',
  },
  'network with default kinds': {
    query: `{ network(filter: { gemeente: "GM0537" }, limit: 5000) { nodes { id kind label } edges { source target } } }`,
    variables: () => ({}),
    shows: never,
    refusal: 'NONE',
  },
  'ego network of the group, 3 steps': {
    query: `query($id: ID!) { network(filter: { gemeente: "GM0537", focus: $id, depth: 3, kinds: [KERN, WIJK, BUURT, STEUNGROEP, PARTNER, ACTIVITEIT, LOCATIE, SIGNAAL, THEMA, DOELGROEP] }, limit: 5000) { nodes { id kind label } } }`,
    variables: () => ({ id: HOORNES }),
    shows: never,
    refusal: 'NONE',
  },
  'ledenTelling counts': {
    query: `query($id: ID!) { node(id: $id) { ... on Steungroep { verbindingen ledenTelling { totaal { aantal minderDanVijf } kartrekkers { aantal minderDanVijf } vrijwilligers { aantal minderDanVijf } deelnemers { aantal minderDanVijf } } } } }`,
    variables: () => ({ id: HOORNES }),
    shows: never,
    refusal: 'NONE',
  },
};

function strings(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

function leaks(res: HttpResult<unknown>, role: RoleName) {
  const allowedGroups = responsibleFor.get(role) ?? [];
  const allowed = residents.filter((r) => r.groepen.some((g) => allowedGroups.includes(g)));
  const allowedNames = new Set(allowed.map((r) => r.pseudoniem));
  const forbidden = residents.filter((r) => !allowed.includes(r));
  const values = strings(res.body);
  return {
    ids: forbidden.filter((r) => res.text.includes(r.id)).map((r) => r.id),
    names: forbidden
      .filter((r) => !allowedNames.has(r.pseudoniem) && values.has(r.pseudoniem))
      .map((r) => r.pseudoniem),
    shown: allowed.filter((r) => res.text.includes(r.id)).length,
  };
}

const CASES = ROLES.flatMap((role) => Object.keys(PATHS).map((path) => [role, path] as const));

describe('the authorization matrix', () => {
  it.each(CASES)('%s × %s: no resident the role may not see', async (role, pathName) => {
    const path = PATHS[pathName]!;
    const res = await http.post(path.query, path.variables(), credentials.get(role)!);
    expect(res.status, res.text).toBeLessThan(500);
    const found = leaks(res, role);
    expect(found.ids, 'resident ids leaked').toEqual([]);
    expect(found.names, 'pseudonyms leaked').toEqual([]);

    if (path.shows(role)) {
      expect(found.shown, 'the builder sees the residents of their own group').toBeGreaterThan(0);
    } else {
      expect(
        residents.filter((r) => res.text.includes(r.id)),
        'no resident at all',
      ).toEqual([]);
      expect(res.text).not.toMatch(/"kind":"INWONER"/);
      if (path.refusal === 'FORBIDDEN') expect(code(res)).toBe('FORBIDDEN');
      else expect(res.body?.errors, res.text).toBeUndefined();
    }
    if (pathName === 'ledenTelling counts') {
      const telling = (res.body!.data as { node: { ledenTelling: { totaal: { aantal: number } } } }).node
        .ledenTelling;
      expect(telling.totaal.aantal).toBeGreaterThanOrEqual(5);
    }
  });

  it('recorded every resident read, by whom, and only those', async () => {
    const entries = await db.query<{ actorId: string; actorRol: string; doelen: string[] }>(
      `MATCH (a:AuditRegel {actie: 'INWONERS_GELEZEN'}) WHERE a.actorId IN $ids RETURN a.actorId AS actorId, a.actorRol AS actorRol, a.doelen AS doelen`,
      { ids: actorIds },
    );
    const readers = new Set(entries.map((e) => e.actorId));
    expect([...readers].sort()).toEqual([
      'Gebruiker:matrix-opbouwwerker',
      'Gebruiker:matrix-opbouwwerker-elders',
    ]);
    expect(entries.every((e) => e.actorRol === 'OPBOUWWERKER')).toBe(true);
    const own = entries.filter((e) => e.actorId === 'Gebruiker:matrix-opbouwwerker').flatMap((e) => e.doelen);
    expect(own).toContain(ownResident.id);
    const hoornes = new Set(residents.filter((r) => r.groepen.includes(HOORNES)).map((r) => r.id));
    expect(own.every((id) => hoornes.has(id))).toBe(true);
    // One entry per request that read residents: leden, list, wijk, lookup, fragment, network.
    expect(entries.filter((e) => e.actorId === 'Gebruiker:matrix-opbouwwerker')).toHaveLength(6);
  });
});
