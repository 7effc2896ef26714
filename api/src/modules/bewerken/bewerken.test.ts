/**
 * Editing against the real Neo4j, under gemeente GM9501 (built here through the mutations
 * themselves, removed afterwards): per-field validation for every kind, authorization per role for
 * every group of mutations with the database checked afterwards, one transaction per change, and a
 * partner keeping only its own activities up to date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { createContext } from '../../core/context.js';
import type { Db } from '../../db/db.js';
import { createTestUsers, removeTestAccounts } from '../../testing/accounts.js';
import { errorCode, graphqlClient, type Result } from '../../testing/graphql.js';
import { maak } from './bewerking.js';
import { dump, ruimOp, ruimVocabulaireOp } from './testhulp.js';
import { vandaag } from './waarden.js';

const GM = 'GM9501';
const client = graphqlClient();
const db: Db = client.db;

const ids = {
  gemeente: `Gemeente:${GM}`,
  kern: `Kern:${GM}-testkern`,
  wijk: `Wijk:${GM}-WK01`,
  buurt: `Buurt:${GM}-BU0101`,
  groepA: 'Steungroep:gm9501-groep-a',
  groepB: 'Steungroep:gm9501-groep-b',
  p1: 'Partner:gm9501-partner-een',
  p2: 'Partner:gm9501-partner-twee',
  locatie: 'Locatie:gm9501-buurthuis',
  magDoel: `MagDoel:${GM}-ontmoeting`,
  act1: 'Activiteit:gm9501-koffie-p1',
  act2: 'Activiteit:gm9501-koffie-p2',
  actGedeeld: 'Activiteit:gm9501-gedeeld',
  signaal: 'Signaal:gm9501-eenzame-ouderen',
};

const BEHEERDER: Actor = {
  id: 'Gebruiker:bewerken-beheerder',
  role: 'BEHEERDER',
  steungroepen: [],
  gemeenten: [],
};
const OPBOUWWERKER: Actor = {
  id: 'Gebruiker:bewerken-opbouwwerker',
  role: 'OPBOUWWERKER',
  steungroepen: [ids.groepA],
  gemeenten: [GM],
};
const ANDERE_OPBOUWWERKER: Actor = {
  id: 'Gebruiker:bewerken-opbouwwerker-b',
  role: 'OPBOUWWERKER',
  steungroepen: [ids.groepB],
  gemeenten: [GM],
};
const GEMEENTE: Actor = {
  id: 'Gebruiker:bewerken-gemeente',
  role: 'GEMEENTE',
  steungroepen: [],
  gemeenten: [GM],
};
const WIJKTEAM: Actor = {
  id: 'Gebruiker:bewerken-wijkteam',
  role: 'WIJKTEAM',
  steungroepen: [],
  gemeenten: [GM],
};
/** The municipality and wijkteam of another gemeente: their rights end at their own gemeente. */
const ANDERE_GEMEENTE: Actor = { ...GEMEENTE, id: 'Gebruiker:bewerken-gemeente-b', gemeenten: ['GM0537'] };
const ANDER_WIJKTEAM: Actor = { ...WIJKTEAM, id: 'Gebruiker:bewerken-wijkteam-b', gemeenten: ['GM0537'] };
const PARTNER1: Actor = {
  id: 'ApiSleutel:bewerken-p1',
  role: 'PARTNER',
  steungroepen: [],
  gemeenten: [],
  partner: ids.p1,
};
const PARTNER2: Actor = {
  id: 'ApiSleutel:bewerken-p2',
  role: 'PARTNER',
  steungroepen: [],
  gemeenten: [],
  partner: ids.p2,
};
const ANONIEM: Actor = { id: null, role: 'ANONIEM', steungroepen: [], gemeenten: [] };
const ACTOR_IDS = [
  BEHEERDER,
  OPBOUWWERKER,
  ANDERE_OPBOUWWERKER,
  GEMEENTE,
  ANDERE_GEMEENTE,
  WIJKTEAM,
  ANDER_WIJKTEAM,
  PARTNER1,
  PARTNER2,
].map((a) => a.id!);

type Fout = { veld: string; code: string; bericht: string };
type Payload = { r: ({ errors: Fout[] } & Record<string, { id: string } | null>) | null };

const veldVan = (label: string) => label[0]!.toLowerCase() + label.slice(1);
const MAAK = (label: string) =>
  `mutation($id: ID, $invoer: ${label}Invoer!) { r: maak${label}(id: $id, invoer: $invoer) { ${veldVan(label)} { id } errors { veld code bericht } } }`;
const WIJZIG = (label: string) =>
  `mutation($id: ID!, $invoer: ${label}Invoer!) { r: wijzig${label}(id: $id, invoer: $invoer) { ${veldVan(label)} { id } errors { veld code bericht } } }`;
const VERWIJDER = (label: string) =>
  `mutation($id: ID!) { r: verwijder${label}(id: $id) { id errors { veld code bericht } } }`;

async function maakAls(actor: Actor, label: string, invoer: Record<string, unknown>, id?: string) {
  return client.run<Payload>(MAAK(label), { invoer, id }, actor);
}

/** Creates and insists it worked: the setup goes through the same mutations it tests. */
async function zeker(
  actor: Actor,
  label: string,
  invoer: Record<string, unknown>,
  id?: string,
): Promise<string> {
  const res = await maakAls(actor, label, invoer, id);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(res.data!.r!.errors).toEqual([]);
  return res.data!.r![veldVan(label)]!.id;
}

const fouten = (res: Result<Payload>) => res.data?.r?.errors.map((f) => `${f.veld} ${f.code}`).sort();

beforeAll(async () => {
  await ruimOp(db, [GM]);
  await zeker(BEHEERDER, 'Gemeente', { code: GM, naam: 'Testgemeente Bewerken' });
  await zeker(BEHEERDER, 'Kern', { naam: 'Testkern', gemeente: GM });
  await zeker(BEHEERDER, 'Wijk', { code: 'WK950101', naam: 'Testwijk', gemeente: GM, kern: ids.kern });
  await zeker(BEHEERDER, 'Buurt', { code: 'BU95010101', naam: 'Testbuurt', gemeente: GM, wijk: ids.wijk });
  await zeker(BEHEERDER, 'Partner', {
    naam: 'GM9501 Partner Een',
    soort: 'WELZIJN',
    gemeente: GM,
    wijken: [ids.wijk],
  });
  await zeker(BEHEERDER, 'Partner', { naam: 'GM9501 Partner Twee', soort: 'KERK', gemeente: GM });
  await zeker(BEHEERDER, 'Locatie', {
    naam: 'GM9501 Buurthuis',
    soort: 'BUURTHUIS',
    gemeente: GM,
    buurt: ids.buurt,
    beheerder: ids.p2,
  });
  await zeker(BEHEERDER, 'MagDoel', { naam: 'Ontmoeting', opgave: 'Meedoen', gemeente: GM });
  for (const naam of ['GM9501 Groep A', 'GM9501 Groep B']) {
    await zeker(BEHEERDER, 'Steungroep', {
      naam,
      gemeente: GM,
      wijk: ids.wijk,
      themas: ['Thema:eenzaamheid'],
    });
  }
  await createTestUsers(db, [
    { id: 'bewerken-beheerder', rol: 'BEHEERDER' },
    { id: 'bewerken-opbouwwerker', rol: 'OPBOUWWERKER', steungroepen: [ids.groepA] },
    { id: 'bewerken-opbouwwerker-b', rol: 'OPBOUWWERKER', steungroepen: [ids.groepB] },
  ]);
  const activiteit = {
    dag: 'DI',
    beginTijd: '10:00',
    eindTijd: '11:30',
    frequentie: 'WEKELIJKS',
    gemeente: GM,
    locatie: ids.locatie,
  };
  await zeker(PARTNER1, 'Activiteit', { ...activiteit, naam: 'GM9501 Koffie P1' });
  await zeker(PARTNER2, 'Activiteit', { ...activiteit, naam: 'GM9501 Koffie P2' });
  await zeker(BEHEERDER, 'Activiteit', {
    ...activiteit,
    naam: 'GM9501 Gedeeld',
    organisatoren: [ids.p1, ids.p2],
  });
  await zeker(WIJKTEAM, 'Signaal', {
    titel: 'GM9501 Eenzame ouderen',
    bron: 'WIJKTEAM',
    gemeente: GM,
    wijk: ids.wijk,
  });
});

afterAll(async () => {
  await ruimOp(db, [GM]);
  await ruimVocabulaireOp(db, 'gm9501-');
  await removeTestAccounts(db, ACTOR_IDS);
  await client.close();
});

describe('creating through the mutations', () => {
  it('built the test network with derived ids, defaults and relationships', async () => {
    const [row] = await db.query<{
      act: Record<string, unknown>;
      org: string[];
      wijken: string[];
      gem: string[];
    }>(
      `MATCH (a:Activiteit {id: $act}) MATCH (k:Kern {id: $kern})
       RETURN properties(a) AS act, [(p)-[:ORGANISEERT]->(a) | p.id] AS org,
              [(:Partner {id: $p1})-[:ACTIEF_IN]->(w) | w.id] AS wijken, [(k)-[:IN_GEMEENTE]->(g) | g.id] AS gem`,
      { act: ids.act1, kern: ids.kern, p1: ids.p1 },
    );
    expect(row!.act).toMatchObject({
      naam: 'GM9501 Koffie P1',
      gemeente: GM,
      toegankelijk: false,
      laatstBevestigd: vandaag(),
    });
    expect(row!.org).toEqual([ids.p1]);
    expect(row!.wijken).toEqual([ids.wijk]);
    expect(row!.gem).toEqual([ids.gemeente]);
  });

  it('answers the node with its relationships, as the read side shows them', async () => {
    const res = await client.run<{
      r: {
        activiteit: {
          id: string;
          locatie: { id: string };
          organisatoren: { id: string }[];
          mogelijkVerouderd: boolean;
        };
      };
    }>(
      `mutation($i: ActiviteitInvoer!) { r: maakActiviteit(invoer: $i) { activiteit { id locatie { id } organisatoren { id } mogelijkVerouderd } errors { veld } } }`,
      { i: { naam: 'GM9501 Breien', gemeente: GM, locatie: ids.locatie } },
      PARTNER1,
    );
    expect(res.data!.r.activiteit).toEqual({
      id: 'Activiteit:gm9501-breien',
      locatie: { id: ids.locatie },
      organisatoren: [{ id: ids.p1 }],
      mogelijkVerouderd: false,
    });
  });

  it('records every change in the audit log, in the same transaction', async () => {
    const [row] = await db.query<{ n: number; doelen: string[][] }>(
      `MATCH (a:AuditRegel {actie: 'AANGEMAAKT', actorId: $actor}) RETURN count(a) AS n, collect(a.doelen) AS doelen`,
      { actor: PARTNER1.id },
    );
    expect(row!.doelen).toContainEqual([ids.act1]);
    expect(row!.n).toBeGreaterThanOrEqual(2);
  });
});

describe('validation: every problem beside its field, nothing written', () => {
  const gevallen: [string, string, Record<string, unknown>, string[]][] = [
    [
      'Gemeente',
      'a malformed code and a blank name',
      { code: 'GM12', naam: ' ' },
      ['invoer.code ONGELDIG', 'invoer.naam VERPLICHT'],
    ],
    [
      'Kern',
      'no name, a bad gemeente code',
      { inwoners: 10, gemeente: 'Katwijk' },
      ['invoer.gemeente ONGELDIG', 'invoer.naam VERPLICHT'],
    ],
    [
      'Kern',
      'a negative population, an unknown gemeente',
      { naam: 'X', inwoners: -1, gemeente: 'GM9599' },
      ['invoer.gemeente ONBEKENDE_VERWIJZING', 'invoer.inwoners BUITEN_BEREIK'],
    ],
    [
      'Wijk',
      'a short code, a dangling kern',
      { code: 'WK123', naam: 'X', gemeente: GM, kern: `Kern:${GM}-bestaat-niet` },
      ['invoer.code ONGELDIG', 'invoer.kern ONBEKENDE_VERWIJZING'],
    ],
    [
      'Wijk',
      'a kern field holding a buurt id, no name',
      { code: 'WK950199', gemeente: GM, kern: ids.buurt },
      ['invoer.kern VERKEERDE_SOORT', 'invoer.naam VERPLICHT'],
    ],
    [
      'Buurt',
      'a code of another gemeente, no wijk',
      { code: 'BU05370101', naam: 'X', gemeente: GM },
      ['invoer.code ONGELDIG', 'invoer.wijk VERPLICHT'],
    ],
    [
      'Steungroep',
      'a wijk of another gemeente, a theme twice, founded in the future',
      {
        naam: 'GM9501 X',
        gemeente: GM,
        wijk: 'Wijk:GM0537-WK02',
        themas: ['Thema:eenzaamheid', 'Thema:eenzaamheid'],
        opgericht: '2999-01-01',
      },
      ['invoer.opgericht BUITEN_BEREIK', 'invoer.themas.1 DUBBEL', 'invoer.wijk ANDERE_GEMEENTE'],
    ],
    ['Thema', 'a blank name', { naam: '' }, ['invoer.naam VERPLICHT']],
    ['Doelgroep', 'a name over 200 characters', { naam: 'x'.repeat(201) }, ['invoer.naam TE_LANG']],
    [
      'Partner',
      'a script for a website, a dangling wijk',
      {
        naam: 'GM9501 X',
        soort: 'SPORT',
        gemeente: GM,
        website: 'javascript:alert(1)',
        wijken: [`Wijk:${GM}-WK99`],
      },
      ['invoer.website ONGELDIG', 'invoer.wijken.0 ONBEKENDE_VERWIJZING'],
    ],
    [
      'Activiteit',
      'a bad time, a theme for a MAG goal',
      {
        naam: 'GM9501 X',
        gemeente: GM,
        beginTijd: '25:00',
        eindTijd: '9.30',
        magDoelen: ['Thema:eenzaamheid'],
      },
      ['invoer.beginTijd ONGELDIG', 'invoer.eindTijd ONGELDIG', 'invoer.magDoelen.0 VERKEERDE_SOORT'],
    ],
    [
      'Activiteit',
      'an end before the start, a dangling location',
      {
        naam: 'GM9501 X',
        gemeente: GM,
        beginTijd: '14:00',
        eindTijd: '13:30',
        locatie: 'Locatie:bestaat-niet',
      },
      ['invoer.eindTijd EIND_VOOR_BEGIN', 'invoer.locatie ONBEKENDE_VERWIJZING'],
    ],
    [
      'Locatie',
      'a negative capacity, a dangling manager',
      { naam: 'GM9501 X', soort: 'KERK', gemeente: GM, capaciteit: -5, beheerder: 'Partner:bestaat-niet' },
      ['invoer.beheerder ONBEKENDE_VERWIJZING', 'invoer.capaciteit BUITEN_BEREIK'],
    ],
    [
      'Signaal',
      'no title, no wijk',
      { bron: 'BEWONER', gemeente: GM },
      ['invoer.titel VERPLICHT', 'invoer.wijk VERPLICHT'],
    ],
    [
      'Indicator',
      'an unknown unit, a measure code with spaces',
      { naam: 'Pct Eenzaam', jaar: 2024, waarde: 12.5, eenheid: 'kg', gemeente: GM, wijk: ids.wijk },
      ['invoer.eenheid ONBEKENDE_WAARDE', 'invoer.naam ONGELDIG'],
    ],
    ['MagDoel', 'no gemeente', { naam: 'X' }, ['invoer.gemeente VERPLICHT']],
  ];

  it.each(gevallen)('%s with %s', async (label, _wat, invoer, verwacht) => {
    const voor = await dump(db, GM);
    const res = await maakAls(BEHEERDER, label, invoer);
    expect(res.errors).toBeUndefined();
    expect(res.data!.r![veldVan(label)]).toBeNull();
    expect(fouten(res)).toEqual(verwacht);
    for (const f of res.data!.r!.errors) expect(f.bericht.length).toBeGreaterThan(5);
    expect(await dump(db, GM)).toEqual(voor);
  });

  it('a resident with an unknown age band, free text as pseudonym and no consent date', async () => {
    const res = await client.run<Payload>(
      `mutation($i: NieuweInwonerInvoer!) { r: maakInwoner(invoer: $i) { inwoner { id } errors { veld code bericht } } }`,
      {
        i: {
          pseudoniem: 'Jan (depressief)\nbelt vaak',
          leeftijdsband: '12-17',
          steungroep: ids.groepA,
          rol: 'DEELNEMER',
        },
      },
      OPBOUWWERKER,
    );
    expect(fouten(res)).toEqual([
      'invoer.leeftijdsband ONBEKENDE_WAARDE',
      'invoer.pseudoniem ONGELDIG',
      'invoer.toestemmingsdatum VERPLICHT',
    ]);
  });

  it('a duplicate: the same name makes the same id, refused as BESTAAT_AL', async () => {
    const res = await maakAls(BEHEERDER, 'Partner', {
      naam: 'GM9501 Partner Een',
      soort: 'WELZIJN',
      gemeente: GM,
    });
    expect(fouten(res)).toEqual(['invoer.naam BESTAAT_AL']);
    const gekozen = await maakAls(
      BEHEERDER,
      'Partner',
      { naam: 'Iets anders', soort: 'WELZIJN', gemeente: GM },
      ids.p1,
    );
    expect(fouten(gekozen)).toEqual(['id BESTAAT_AL']);
    const vorm = await maakAls(BEHEERDER, 'Kern', { naam: 'X', gemeente: GM }, 'Kern:GM0537-x');
    expect(fouten(vorm)).toEqual(['id ONGELDIG']);
  });

  it('an update: blanking a required field, changing a key, an end before the stored start', async () => {
    const res = await client.run<Payload>(
      WIJZIG('Activiteit'),
      { id: ids.act1, invoer: { naam: null, eindTijd: '09:00', gemeente: 'GM0537' } },
      PARTNER1,
    );
    expect(fouten(res)).toEqual([
      'invoer.eindTijd EIND_VOOR_BEGIN',
      'invoer.gemeente ONVERANDERLIJK',
      'invoer.naam VERPLICHT',
    ]);
    const wijk = await client.run<Payload>(
      WIJZIG('Wijk'),
      { id: ids.wijk, invoer: { code: 'WK950102' } },
      BEHEERDER,
    );
    expect(fouten(wijk)).toEqual(['invoer.code ONVERANDERLIJK']);
    const weg = await client.run<Payload>(
      WIJZIG('Partner'),
      { id: 'Partner:bestaat-niet', invoer: { naam: 'X' } },
      BEHEERDER,
    );
    expect(fouten(weg)).toEqual(['id NIET_GEVONDEN']);
    const soort = await client.run<Payload>(
      WIJZIG('Partner'),
      { id: ids.locatie, invoer: { naam: 'X' } },
      BEHEERDER,
    );
    expect(fouten(soort)).toEqual(['id VERKEERDE_SOORT']);
  });

  it('values the schema rules out are refused by GraphQL before anything runs', async () => {
    const voor = await dump(db, GM);
    const enumFout = await maakAls(BEHEERDER, 'Partner', {
      naam: 'GM9501 Y',
      soort: 'VOETBAL',
      gemeente: GM,
    });
    expect(errorCode(enumFout)).toBe('BAD_USER_INPUT');
    expect(enumFout.errors![0]!.message).toMatch(/invoer\.soort/);
    const datum = await maakAls(BEHEERDER, 'Steungroep', {
      naam: 'GM9501 Y',
      gemeente: GM,
      wijk: ids.wijk,
      opgericht: '2024-02-30',
    });
    expect(errorCode(datum)).toBe('BAD_USER_INPUT');
    const getal = await maakAls(BEHEERDER, 'Locatie', {
      naam: 'GM9501 Y',
      soort: 'KERK',
      gemeente: GM,
      capaciteit: 'veel',
    });
    expect(errorCode(getal)).toBe('BAD_USER_INPUT');
    expect(await dump(db, GM)).toEqual(voor);
  });
});

describe('authorization: each role may do what it is for, and nothing else is written', () => {
  let teller = 0;
  type Poging = { naam: string; query: string; vars: () => Record<string, unknown>; mag: Actor[] };
  const act = (naam: string) => ({ naam, gemeente: GM, locatie: ids.locatie });
  const pogingen: Poging[] = [
    {
      naam: 'create a partner',
      query: MAAK('Partner'),
      vars: () => ({ invoer: { naam: `GM9501 Auth ${Math.random()}`, soort: 'SPORT', gemeente: GM } }),
      mag: [BEHEERDER],
    },
    {
      naam: 'rename a wijk',
      query: WIJZIG('Wijk'),
      vars: () => ({ id: ids.wijk, invoer: { naam: `Testwijk ${Math.random()}` } }),
      mag: [BEHEERDER],
    },
    {
      naam: 'create a theme',
      query: MAAK('Thema'),
      vars: () => ({ invoer: { naam: `gm9501-${Math.random()}` } }),
      mag: [BEHEERDER],
    },
    {
      naam: 'change a steungroep',
      query: WIJZIG('Steungroep'),
      vars: () => ({ id: ids.groepA, invoer: { omschrijving: `${Math.random()}` } }),
      mag: [BEHEERDER, OPBOUWWERKER],
    },
    {
      naam: 'add a partner to a steungroep',
      query: `mutation($i: PartnerKoppelingInvoer!) { r: koppelPartner(invoer: $i) { steungroep { id } errors { veld code bericht } } }`,
      vars: () => ({ i: { steungroep: ids.groepA, partner: ids.p2, kernteam: Math.random() > 0.5 } }),
      mag: [BEHEERDER, OPBOUWWERKER],
    },
    {
      naam: 'create an activity of a steungroep',
      query: MAAK('Activiteit'),
      vars: () => ({
        invoer: { ...act(`GM9501 Auth ${Math.random()}`), steungroep: ids.groepA, organisatoren: [ids.p1] },
      }),
      mag: [BEHEERDER, OPBOUWWERKER],
    },
    {
      naam: 'change a partner’s activity',
      query: WIJZIG('Activiteit'),
      vars: () => ({ id: ids.act1, invoer: { bereik: Math.floor(Math.random() * 100) } }),
      mag: [BEHEERDER, PARTNER1],
    },
    {
      naam: 'confirm a partner’s activity',
      query: `mutation($id: ID!) { r: bevestigActiviteit(id: $id) { activiteit { id } errors { veld code bericht } } }`,
      vars: () => ({ id: ids.act1 }),
      mag: [BEHEERDER, PARTNER1],
    },
    {
      naam: 'add a resident',
      query: `mutation($i: NieuweInwonerInvoer!) { r: maakInwoner(invoer: $i) { inwoner { id } errors { veld code bericht } } }`,
      vars: () => ({
        i: {
          pseudoniem: 'Toos',
          leeftijdsband: '65-79',
          toestemmingsdatum: '2025-01-01',
          steungroep: ids.groepA,
          rol: 'DEELNEMER',
        },
      }),
      mag: [OPBOUWWERKER],
    },
    {
      naam: 'file a signal',
      query: MAAK('Signaal'),
      vars: () => ({
        invoer: { titel: `GM9501 Auth ${Math.random()}`, bron: 'WIJKTEAM', gemeente: GM, wijk: ids.wijk },
      }),
      mag: [BEHEERDER, GEMEENTE, WIJKTEAM],
    },
    {
      naam: 'route a signal to an owner',
      query: WIJZIG('Signaal'),
      vars: () => ({
        id: ids.signaal,
        invoer: { status: 'IN_BEHANDELING', eigenaar: Math.random() > 0.5 ? ids.p1 : ids.p2 },
      }),
      mag: [BEHEERDER, GEMEENTE],
    },
    {
      naam: 'create an indicator',
      query: MAAK('Indicator'),
      vars: () => ({
        invoer: {
          naam: 'pct_eenzaam',
          jaar: 1900 + teller++,
          waarde: 10,
          eenheid: 'procent',
          gemeente: GM,
          wijk: ids.wijk,
        },
      }),
      mag: [BEHEERDER, GEMEENTE],
    },
    {
      naam: 'change a MAG goal',
      query: WIJZIG('MagDoel'),
      vars: () => ({ id: ids.magDoel, invoer: { opgave: `${Math.random()}` } }),
      mag: [BEHEERDER, GEMEENTE],
    },
    {
      naam: 'remove a location',
      query: VERWIJDER('Locatie'),
      vars: () => ({ id: 'Locatie:gm9501-bestaat-niet' }),
      mag: [BEHEERDER],
    },
  ];
  const ROLLEN: [string, Actor][] = [
    ['anonymous', ANONIEM],
    ['partner', PARTNER1],
    ['other partner', PARTNER2],
    ['gemeente', GEMEENTE],
    ['gemeente of another gemeente', ANDERE_GEMEENTE],
    ['wijkteam', WIJKTEAM],
    ['wijkteam of another gemeente', ANDER_WIJKTEAM],
    ['opbouwwerker of the group', OPBOUWWERKER],
    ['opbouwwerker of another group', ANDERE_OPBOUWWERKER],
    ['beheerder', BEHEERDER],
  ];

  it.each(pogingen.map((p) => [p.naam, p] as const))('%s', async (_naam, poging) => {
    for (const [rol, actor] of ROLLEN) {
      const voor = await dump(db, GM);
      const res = await client.run<Payload>(poging.query, poging.vars(), actor);
      if (poging.mag.includes(actor)) {
        expect(res.errors, `${rol}: ${JSON.stringify(res.errors)}`).toBeUndefined();
        const verwacht = poging.naam.startsWith('remove') ? ['id NIET_GEVONDEN'] : [];
        expect(fouten(res), rol).toEqual(verwacht);
      } else {
        expect(errorCode(res), rol).toBe('FORBIDDEN');
        expect(res.data?.r ?? null, rol).toBeNull();
        expect(await dump(db, GM), `${rol} wrote something`).toEqual(voor);
      }
    }
  });

  it('the wijkteam files a signal, but does not route it', async () => {
    const res = await maakAls(WIJKTEAM, 'Signaal', {
      titel: 'GM9501 Route',
      bron: 'WIJKTEAM',
      gemeente: GM,
      wijk: ids.wijk,
      eigenaar: ids.p1,
    });
    // Beside the field, so the form shows it where it was filled in; nothing is written.
    expect(res.errors).toBeUndefined();
    expect(fouten(res)).toEqual(['invoer.eigenaar NIET_TOEGESTAAN']);
    const status = await maakAls(WIJKTEAM, 'Signaal', {
      titel: 'GM9501 Route',
      bron: 'WIJKTEAM',
      status: 'BEANTWOORD',
      gemeente: GM,
      wijk: ids.wijk,
    });
    expect(fouten(status)).toEqual(['invoer.status NIET_TOEGESTAAN']);
    const [{ n }] = (await db.query<{ n: number }>(
      "MATCH (s:Signaal {gemeente: $gm}) WHERE s.titel = 'GM9501 Route' RETURN count(s) AS n",
      { gm: GM },
    )) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('a builder starts a steungroep and becomes responsible for it; not a group elsewhere', async () => {
    const id = await zeker(OPBOUWWERKER, 'Steungroep', {
      naam: 'GM9501 Nieuwe groep',
      gemeente: GM,
      wijk: ids.wijk,
    });
    const [row] = await db.query<{ n: number }>(
      'MATCH (:Gebruiker {id: $g})-[r:VERANTWOORDELIJK_VOOR]->(:Steungroep {id: $s}) RETURN count(r) AS n',
      { g: OPBOUWWERKER.id, s: id },
    );
    expect(row!.n).toBe(1);
    // Not in a gemeente the builder does not work for.
    const katwijk = await client.run<Payload>(
      MAAK('Steungroep'),
      { invoer: { naam: 'GM9501 Elders', gemeente: 'GM0537', wijk: 'Wijk:GM0537-WK01' } },
      OPBOUWWERKER,
    );
    expect(errorCode(katwijk)).toBe('FORBIDDEN');
    const elders = await client.run<Payload>(
      WIJZIG('Steungroep'),
      { id: ids.groepB, invoer: { naam: 'Overgenomen' } },
      OPBOUWWERKER,
    );
    expect(errorCode(elders)).toBe('FORBIDDEN');
    const verhuizen = await client.run<Payload>(
      WIJZIG('Activiteit'),
      { id: ids.act1, invoer: { steungroep: ids.groepA } },
      OPBOUWWERKER,
    );
    expect(errorCode(verhuizen)).toBe('FORBIDDEN');
  });
});

describe('a partner keeps its own activities, and only those', () => {
  it('changes and confirms its own activity', async () => {
    await db.write((tx) =>
      tx.run(`MATCH (a:Activiteit {id: $id}) SET a.laatstBevestigd = date('2020-01-01')`, { id: ids.act1 }),
    );
    const res = await client.run<{
      r: { activiteit: { mogelijkVerouderd: boolean; laatstBevestigd: string } };
    }>(
      `mutation($id: ID!) { r: bevestigActiviteit(id: $id) { activiteit { mogelijkVerouderd laatstBevestigd } errors { veld } } }`,
      { id: ids.act1 },
      PARTNER1,
    );
    expect(res.data!.r.activiteit).toEqual({ mogelijkVerouderd: false, laatstBevestigd: vandaag() });
    const wijzig = await client.run<Payload>(
      WIJZIG('Activiteit'),
      { id: ids.act1, invoer: { omschrijving: 'Koffie en een praatje', bereik: 12 } },
      PARTNER1,
    );
    expect(fouten(wijzig)).toEqual([]);
  });

  it('cannot touch another partner’s activity, create one for others, or remove a shared one', async () => {
    const voor = await dump(db, GM);
    const attempts = [
      client.run<Payload>(WIJZIG('Activiteit'), { id: ids.act2, invoer: { naam: 'Gekaapt' } }, PARTNER1),
      client.run<Payload>(
        `mutation($id: ID!) { r: bevestigActiviteit(id: $id) { activiteit { id } errors { veld } } }`,
        { id: ids.act2 },
        PARTNER1,
      ),
      client.run<Payload>(VERWIJDER('Activiteit'), { id: ids.act2 }, PARTNER1),
      maakAls(PARTNER1, 'Activiteit', { naam: 'GM9501 Namens P2', gemeente: GM, organisatoren: [ids.p2] }),
      client.run<Payload>(
        WIJZIG('Activiteit'),
        { id: ids.act1, invoer: { organisatoren: [ids.p2] } },
        PARTNER1,
      ),
      client.run<Payload>(
        WIJZIG('Activiteit'),
        { id: ids.act1, invoer: { steungroep: ids.groepB } },
        PARTNER1,
      ),
      client.run<Payload>(VERWIJDER('Activiteit'), { id: ids.actGedeeld }, PARTNER1),
    ];
    for (const res of await Promise.all(attempts)) expect(errorCode(res)).toBe('FORBIDDEN');
    expect(await dump(db, GM)).toEqual(voor);
  });

  it('links its activity to a steungroep it is partner of, and removes an activity it organises alone', async () => {
    await db.write((tx) =>
      tx.run(
        'MATCH (p:Partner {id: $p}), (s:Steungroep {id: $s}) MERGE (p)-[:PARTNER_VAN {kernteam: false}]->(s)',
        { p: ids.p1, s: ids.groepB },
      ),
    );
    const link = await client.run<Payload>(
      WIJZIG('Activiteit'),
      { id: ids.act1, invoer: { steungroep: ids.groepB } },
      PARTNER1,
    );
    expect(fouten(link)).toEqual([]);
    const eigen = await zeker(PARTNER1, 'Activiteit', { naam: 'GM9501 Eenmalig', gemeente: GM });
    const weg = await client.run<Payload>(VERWIJDER('Activiteit'), { id: eigen }, PARTNER1);
    expect(weg.data!.r).toEqual({ id: eigen, errors: [] });
    const [n] = await db.query<{ n: number }>('MATCH (a:Activiteit {id: $id}) RETURN count(a) AS n', {
      id: eigen,
    });
    expect(n!.n).toBe(0);
  });
});

describe('residents: only the responsible builder, only the AVG minimum', () => {
  const MAAK_INWONER = `mutation($i: NieuweInwonerInvoer!) { r: maakInwoner(invoer: $i) { inwoner { id pseudoniem leeftijdsband } errors { veld code bericht } } }`;
  const nieuw = {
    pseudoniem: 'Riet',
    leeftijdsband: '80+',
    toestemmingsdatum: '2025-03-01',
    buurt: ids.buurt,
    steungroep: ids.groepA,
    rol: 'VRIJWILLIGER',
    sinds: '2025-03-01',
  };
  let inwoner = '';

  it('the builder adds a member of their group, answered as a recorded read', async () => {
    const res = await client.run<{ r: { inwoner: { id: string; pseudoniem: string } } }>(
      MAAK_INWONER,
      { i: nieuw },
      OPBOUWWERKER,
    );
    expect(res.errors).toBeUndefined();
    inwoner = res.data!.r.inwoner.id;
    expect(inwoner).toMatch(/^Inwoner:[0-9a-f-]{36}$/);
    const [row] = await db.query<{ props: Record<string, unknown>; rol: string; buurt: string }>(
      `MATCH (i:Inwoner {id: $id})-[l:LID_VAN]->(:Steungroep {id: $g}) MATCH (i)-[:WOONT_IN]->(b)
       RETURN properties(i) AS props, l.rol AS rol, b.id AS buurt`,
      { id: inwoner, g: ids.groepA },
    );
    expect(Object.keys(row!.props).sort()).toEqual([
      'gemeente',
      'id',
      'leeftijdsband',
      'pseudoniem',
      'toestemmingsdatum',
    ]);
    expect(row!.rol).toBe('VRIJWILLIGER');
    expect(row!.buurt).toBe(ids.buurt);
    await new Promise((r) => setTimeout(r, 50));
    const [gelezen] = await db.query<{ n: number }>(
      `MATCH (a:AuditRegel {actie: 'INWONERS_GELEZEN', actorId: $actor}) WHERE $id IN a.doelen RETURN count(a) AS n`,
      { actor: OPBOUWWERKER.id, id: inwoner },
    );
    expect(gelezen!.n).toBe(1);
  });

  it('nobody else adds or changes residents, not even the administrator', async () => {
    const voor = await dump(db, GM);
    for (const actor of [BEHEERDER, ANDERE_OPBOUWWERKER, GEMEENTE, PARTNER1]) {
      expect(errorCode(await client.run(MAAK_INWONER, { i: nieuw }, actor))).toBe('FORBIDDEN');
      const wijzig = await client.run(
        `mutation($id: ID!) { r: wijzigInwoner(id: $id, invoer: { pseudoniem: "Anders" }) { errors { veld } } }`,
        { id: inwoner },
        actor,
      );
      expect(errorCode(wijzig)).toBe('FORBIDDEN');
    }
    // A builder cannot pull a resident of someone else's group into their own.
    const trekken = await client.run(
      `mutation($i: LidmaatschapInvoer!) { r: zetLidmaatschap(invoer: $i) { errors { veld } } }`,
      { i: { inwoner, steungroep: ids.groepB, rol: 'DEELNEMER' } },
      ANDERE_OPBOUWWERKER,
    );
    expect(errorCode(trekken)).toBe('FORBIDDEN');
    expect(await dump(db, GM)).toEqual(voor);
  });

  it('the last membership does not end: erase the resident instead', async () => {
    const res = await client.run<Payload>(
      `mutation($i: ID!, $s: ID!) { r: beeindigLidmaatschap(inwoner: $i, steungroep: $s) { inwoner { id } errors { veld code bericht } } }`,
      { i: inwoner, s: ids.groepA },
      OPBOUWWERKER,
    );
    expect(fouten(res)).toEqual(['steungroep LAATSTE_LIDMAATSCHAP']);
  });
});

describe('one transaction per change', () => {
  it('a change refused halfway (after its own checks passed) leaves nothing', async () => {
    const voor = await dump(db, GM);
    // Valid in itself, but its second theme does not exist: no node, no relationship, no audit entry.
    const res = await maakAls(BEHEERDER, 'Activiteit', {
      naam: 'GM9501 Half',
      gemeente: GM,
      locatie: ids.locatie,
      themas: ['Thema:eenzaamheid', 'Thema:bestaat-niet'],
    });
    expect(fouten(res)).toEqual(['invoer.themas.1 ONBEKENDE_VERWIJZING']);
    expect(await dump(db, GM)).toEqual(voor);
    const [audit] = await db.query<{ n: number }>(
      `MATCH (a:AuditRegel) WHERE 'Activiteit:gm9501-half' IN a.doelen RETURN count(a) AS n`,
    );
    expect(audit!.n).toBe(0);
  });

  it('a transaction the driver retries after its commit was lost reports success and writes once', async () => {
    // Run the same transaction function twice, as the driver does when a commit's answer is lost.
    let eerste: unknown;
    const twice = {
      ...db,
      scoped: () => twice,
      write: async <T>(work: (tx: Parameters<Parameters<Db['write']>[0]>[0]) => Promise<T>) => {
        eerste = await db.write(work);
        return db.write(work);
      },
    } as unknown as Db;
    const ctx = createContext(twice, BEHEERDER);
    const res = await maak(ctx, 'Partner', { naam: 'GM9501 Retry', soort: 'OVERIG', gemeente: GM });
    expect(res.errors).toEqual([]);
    expect(res.node?.id).toBe('Partner:gm9501-retry');
    expect((eerste as { errors: unknown[] }).errors).toEqual([]);
    const [row] = await db.query<{ audit: number }>(
      `MATCH (a:AuditRegel {actie: 'AANGEMAAKT'}) WHERE 'Partner:gm9501-retry' IN a.doelen RETURN count(a) AS audit`,
    );
    expect(row!.audit).toBe(1);
  });
});

describe('removing', () => {
  it('refuses while other nodes depend on it, and removes with the relationships otherwise', async () => {
    const wijk = await client.run<Payload>(VERWIJDER('Wijk'), { id: ids.wijk }, BEHEERDER);
    expect(fouten(wijk)).toEqual(['id IN_GEBRUIK']);
    expect(wijk.data!.r!.errors[0]!.bericht).toMatch(/Buurt \(IN_WIJK\)/);
    const groep = await client.run<Payload>(VERWIJDER('Steungroep'), { id: ids.groepA }, OPBOUWWERKER);
    expect(fouten(groep)).toEqual(['id IN_GEBRUIK']);
    // Not how many members: a count of 1 to 4 could point at a person.
    expect(groep.data!.r!.errors[0]!.bericht).toMatch(/Inwoner \(LID_VAN\)/);
    expect(groep.data!.r!.errors[0]!.bericht).not.toMatch(/\d/);
    const doel = await zeker(GEMEENTE, 'MagDoel', { naam: 'Weg ermee', gemeente: GM });
    await client.run(WIJZIG('Activiteit'), { id: ids.act2, invoer: { magDoelen: [doel] } }, PARTNER2);
    const weg = await client.run<Payload>(VERWIJDER('MagDoel'), { id: doel }, GEMEENTE);
    expect(weg.data!.r).toEqual({ id: doel, errors: [] });
    const [row] = await db.query<{ n: number }>(
      'MATCH (:Activiteit {id: $a})-[r:DRAAGT_BIJ_AAN]->() RETURN count(r) AS n',
      { a: ids.act2 },
    );
    expect(row!.n).toBe(0);
    const nogmaals = await client.run<Payload>(VERWIJDER('MagDoel'), { id: doel }, GEMEENTE);
    expect(fouten(nogmaals)).toEqual(['id NIET_GEVONDEN']);
  });
});
