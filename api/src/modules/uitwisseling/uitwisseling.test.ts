/**
 * Import and export against the real Neo4j: atomic and idempotent imports (GM9502), export → import
 * round trips in every format and GraphML (GM9503), and who may import and export what, residents
 * above all (GM9504). Each gemeente is built by the tests and removed afterwards.
 */
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { createContext } from '../../core/context.js';
import type { Db, Tx } from '../../db/db.js';
import { createTestUsers, removeTestAccounts } from '../../testing/accounts.js';
import { errorCode, graphqlClient } from '../../testing/graphql.js';
import { dump, ruimOp } from '../bewerken/testhulp.js';
import { importeer as importeerDirect } from './importeer.js';
import { afgewezen, b64, csvBestanden, exporteer, importeer } from './testhulp.js';

const client = graphqlClient();
const db = client.db;
const BEHEERDER: Actor = {
  id: 'Gebruiker:uitwisseling-beheerder',
  role: 'BEHEERDER',
  steungroepen: [],
  gemeenten: [],
};
const GEMEENTE: Actor = {
  id: 'Gebruiker:uitwisseling-gemeente',
  role: 'GEMEENTE',
  steungroepen: [],
  gemeenten: [],
};
const WIJKTEAM: Actor = {
  id: 'Gebruiker:uitwisseling-wijkteam',
  role: 'WIJKTEAM',
  steungroepen: [],
  gemeenten: [],
};
const PARTNER: Actor = {
  id: 'ApiSleutel:uitwisseling',
  role: 'PARTNER',
  steungroepen: [],
  gemeenten: [],
  partner: 'Partner:dunavie',
};
const ANONIEM: Actor = { id: null, role: 'ANONIEM', steungroepen: [], gemeenten: [] };
const GROEP_A = 'Steungroep:gm9504-groep-a';
const GROEP_B = 'Steungroep:gm9504-groep-b';
const BUILDER_A: Actor = {
  id: 'Gebruiker:uitwisseling-opbouwwerker-a',
  role: 'OPBOUWWERKER',
  steungroepen: [GROEP_A],
  gemeenten: [],
};
const BUILDER_B: Actor = {
  id: 'Gebruiker:uitwisseling-opbouwwerker-b',
  role: 'OPBOUWWERKER',
  steungroepen: [GROEP_B],
  gemeenten: [],
};
const GEMEENTEN = ['GM9502', 'GM9503', 'GM9504'];

/** A small gemeente as a Wijkweb workbook, with text a spreadsheet would run as a formula. */
function werkboek(gm: string, extra: Record<string, string> = {}): Record<string, string> {
  const n = gm.slice(2);
  return {
    'Gemeente.csv': `id,code,naam\nGemeente:${gm},${gm},Testgemeente ${gm}\n`,
    'Kern.csv': `id,naam,inwoners,gemeente\nKern:${gm}-dorp,Dorp,1200,${gm}\n`,
    'Wijk.csv': `id,code,naam,illustratief,gemeente\nWijk:${gm}-WK01,WK${n}01,Wijk Een,true,${gm}\n`,
    'Buurt.csv': `id,code,naam,gemeente\nBuurt:${gm}-BU0101,BU${n}0101,Buurt Een,${gm}\n`,
    'Partner.csv': `id,naam,soort,professioneel,website,gemeente
Partner:${gm.toLowerCase()}-formule,"=HYPERLINK(""http://kwaad.example"",""klik"")",OVERIG,false,,${gm}
Partner:${gm.toLowerCase()}-plus,+31 Sportclub,SPORT,nee,https://sport.example/?a=1&b=2,${gm}
Partner:${gm.toLowerCase()}-pnielkerk,Pniëlkerk,KERK,ja,,${gm}\n`,
    'Locatie.csv': `id,naam,soort,adres,capaciteit,toegankelijk,gemeente\nLocatie:${gm.toLowerCase()}-huis,"Huis ""De Brug""",BUURTHUIS,"Straat 1, Dorp",40,ja,${gm}\n`,
    'Steungroep.csv': `id,naam,omschrijving,opgericht,gemeente
Steungroep:${gm.toLowerCase()}-groep-a,Groep A,"Regel een
regel twee; met een puntkomma",2024-03-01,${gm}
Steungroep:${gm.toLowerCase()}-groep-b,Groep B,@iedereen welkom,,${gm}\n`,
    'Activiteit.csv': `id,naam,omschrijving,dag,beginTijd,eindTijd,frequentie,bereik,toegankelijk,laatstBevestigd,gemeente
Activiteit:${gm.toLowerCase()}-koffie,-Koffie-,,DI,9:30,11:00,wekelijks,12,true,2026-01-05,${gm}\n`,
    'Signaal.csv': `id,titel,omschrijving,bron,status,datum,gemeente\nSignaal:${gm.toLowerCase()}-signaal,Weinig ontmoeting,,BEWONER,OPEN,2026-02-02,${gm}\n`,
    'Indicator.csv': `id,naam,jaar,waarde,eenheid,bron,illustratief,gemeente\nIndicator:${gm}-WK01:pct_eenzaam:2024,pct_eenzaam,2024,"12,5",procent,GGD,true,${gm}\n`,
    'MagDoel.csv': `id,naam,opgave,gemeente\nMagDoel:${gm}-ontmoeting,Ontmoeting,Meedoen,${gm}\n`,
    'Relaties.csv': `van,type,naar,kernteam,rol,sinds
Wijk:${gm}-WK01,IN_KERN,Kern:${gm}-dorp,,,
Buurt:${gm}-BU0101,,Wijk:${gm}-WK01,,,
Steungroep:${gm.toLowerCase()}-groep-a,IN_WIJK,Wijk:${gm}-WK01,,,
Steungroep:${gm.toLowerCase()}-groep-b,IN_WIJK,Wijk:${gm}-WK01,,,
Steungroep:${gm.toLowerCase()}-groep-a,OVER,Thema:eenzaamheid,,,
Steungroep:${gm.toLowerCase()}-groep-a,partner_van,Partner:${gm.toLowerCase()}-pnielkerk,ja,,
Partner:${gm.toLowerCase()}-plus,PARTNER_VAN,Steungroep:${gm.toLowerCase()}-groep-b,false,,
Partner:${gm.toLowerCase()}-plus,ACTIEF_IN,Wijk:${gm}-WK01,,,
Partner:${gm.toLowerCase()}-plus,ORGANISEERT,Activiteit:${gm.toLowerCase()}-koffie,,,
Activiteit:${gm.toLowerCase()}-koffie,HOORT_BIJ,Steungroep:${gm.toLowerCase()}-groep-a,,,
Activiteit:${gm.toLowerCase()}-koffie,OP_LOCATIE,Locatie:${gm.toLowerCase()}-huis,,,
Activiteit:${gm.toLowerCase()}-koffie,VOOR,Doelgroep:ouderen,,,
Activiteit:${gm.toLowerCase()}-koffie,DRAAGT_BIJ_AAN,MagDoel:${gm}-ontmoeting,,,
Locatie:${gm.toLowerCase()}-huis,IN_BUURT,Buurt:${gm}-BU0101,,,
Locatie:${gm.toLowerCase()}-huis,BEHEERD_DOOR,Partner:${gm.toLowerCase()}-formule,,,
Signaal:${gm.toLowerCase()}-signaal,IN_WIJK,Wijk:${gm}-WK01,,,
Signaal:${gm.toLowerCase()}-signaal,EIGENAAR,Partner:${gm.toLowerCase()}-pnielkerk,,,
Indicator:${gm}-WK01:pct_eenzaam:2024,VAN_WIJK,Wijk:${gm}-WK01,,,
Indicator:${gm}-WK01:pct_eenzaam:2024,OVER,Thema:eenzaamheid,,,
`,
    ...extra,
  };
}

beforeAll(async () => {
  await ruimOp(db, GEMEENTEN);
  const bouw = await importeer(client, BEHEERDER, 'GM9504', csvBestanden(werkboek('GM9504')));
  expect(afgewezen(bouw.uit)).toEqual([]);
  await createTestUsers(db, [
    { id: 'uitwisseling-opbouwwerker-a', rol: 'OPBOUWWERKER', steungroepen: [GROEP_A] },
    { id: 'uitwisseling-opbouwwerker-b', rol: 'OPBOUWWERKER', steungroepen: [GROEP_B] },
  ]);
});

afterAll(async () => {
  await ruimOp(db, GEMEENTEN);
  await removeTestAccounts(
    db,
    [BEHEERDER, GEMEENTE, WIJKTEAM, PARTNER, BUILDER_A, BUILDER_B].map((a) => a.id!),
  );
  await client.close();
});

describe('an import is all or nothing', () => {
  it('a workbook with one bad row imports nothing and reports that row', async () => {
    const boek = werkboek('GM9502');
    boek['Activiteit.csv'] = boek['Activiteit.csv']!.replace('9:30,11:00', '9:30,25:00');
    const { uit } = await importeer(client, BEHEERDER, 'GM9502', csvBestanden(boek));
    expect(uit!.uitgevoerd).toBe(false);
    expect(afgewezen(uit)).toEqual(['Activiteit!2 eindTijd ONGELDIG']);
    expect(uit!.totalen.afgewezen).toBe(1);
    expect(uit!.totalen.aangemaakt).toBeGreaterThan(20);
    expect(await dump(db, 'GM9502')).toEqual({ knopen: [], relaties: [] });
  });

  it('a failure halfway through the writes leaves the database as it was', async () => {
    let statements = 0;
    const faulty = {
      scoped: () => faulty,
      read: db.read.bind(db),
      query: db.query.bind(db),
      write: <T>(work: (tx: Tx) => Promise<T>) =>
        db.write((tx) =>
          work({
            run: async (cypher, params) => {
              if (/MERGE/.test(cypher) && ++statements === 6) throw new Error('the server went away');
              return tx.run(cypher, params);
            },
          }),
        ),
    } as unknown as Db;
    const ctx = createContext(faulty, BEHEERDER);
    await expect(
      importeerDirect(ctx, {
        gemeente: 'GM9502',
        bestanden: csvBestanden(werkboek('GM9502')),
        dryRun: false,
      }),
    ).rejects.toThrow('the server went away');
    expect(statements).toBe(6);
    expect(await dump(db, 'GM9502')).toEqual({ knopen: [], relaties: [] });
  });

  it('importing the same workbook twice leaves the same database', async () => {
    const eerste = await importeer(client, BEHEERDER, 'GM9502', csvBestanden(werkboek('GM9502')));
    expect(afgewezen(eerste.uit)).toEqual([]);
    expect(eerste.uit!.uitgevoerd).toBe(true);
    const na = await dump(db, 'GM9502');
    expect(na.knopen.length).toBe(14);
    const tweede = await importeer(client, BEHEERDER, 'GM9502', csvBestanden(werkboek('GM9502')));
    expect(tweede.uit!.uitgevoerd).toBe(true);
    expect(tweede.uit!.totalen).toMatchObject({ aangemaakt: 0, gewijzigd: 0, afgewezen: 0 });
    expect(await dump(db, 'GM9502')).toEqual(na);
  });

  it('a dry run names what changes, and a relationship given twice', async () => {
    const boek = werkboek('GM9502');
    boek['Kern.csv'] = boek['Kern.csv']!.replace('1200', '1300');
    boek['Relaties.csv'] = boek['Relaties.csv']!.replace(
      'Steungroep:gm9502-groep-b,false',
      'Steungroep:gm9502-groep-b,true',
    );
    const voor = await dump(db, 'GM9502');
    const proef = await importeer(client, BEHEERDER, 'GM9502', csvBestanden(boek), { dryRun: true });
    expect(afgewezen(proef.uit)).toEqual([]);
    const gewijzigd = proef
      .uit!.rijen.filter((r) => r.actie === 'GEWIJZIGD')
      .map((r) => `${r.soort} ${r.id ?? `${r.van}->${r.naar}`} ${r.gewijzigd.join(',')}`);
    expect(gewijzigd).toEqual([
      'Kern Kern:GM9502-dorp inwoners',
      'PARTNER_VAN Partner:gm9502-plus->Steungroep:gm9502-groep-b kernteam',
    ]);
    expect(await dump(db, 'GM9502')).toEqual(voor);
    boek['Relaties.csv'] +=
      'Partner:gm9502-plus,PARTNER_VAN,Steungroep:gm9502-groep-b,false,,\nWijk:GM9502-WK01,IN_KERN,Kern:GM9502-ander,,,\n';
    const dubbel = await importeer(client, BEHEERDER, 'GM9502', csvBestanden(boek));
    expect(afgewezen(dubbel.uit)).toEqual([
      'Relaties!21 naar DUBBEL',
      'Relaties!22 naar ONBEKENDE_VERWIJZING',
      'Relaties!22 naar DUBBEL',
    ]);
    expect(await dump(db, 'GM9502')).toEqual(voor);
  });
});

describe('export → import gives the same graph', () => {
  let origineel: Awaited<ReturnType<typeof dump>>;
  beforeAll(async () => {
    const { uit } = await importeer(client, BEHEERDER, 'GM9503', csvBestanden(werkboek('GM9503')));
    expect(afgewezen(uit)).toEqual([]);
    origineel = await dump(db, 'GM9503');
  });

  it('CSV: text that would run as a formula gets an apostrophe, and comes back without it', async () => {
    const { bestand } = await exporteer(client, BEHEERDER, 'GM9503', 'CSV');
    expect(bestand!.mimeType).toBe('application/zip');
    const bestanden = unzipSync(bestand!.bytes);
    const partners = strFromU8(bestanden['Partner.csv']!);
    expect(partners).toContain(`"'=HYPERLINK(""http://kwaad.example"",""klik"")"`);
    expect(partners).toContain("'+31 Sportclub");
    expect(strFromU8(bestanden['Activiteit.csv']!)).toContain("'-Koffie-");
    expect(strFromU8(bestanden['Steungroep.csv']!)).toContain("'@iedereen welkom");
    expect(Object.keys(bestanden).sort()).toEqual(
      [
        'Activiteit',
        'Buurt',
        'Doelgroep',
        'Gemeente',
        'Indicator',
        'Inwoner',
        'Kern',
        'Locatie',
        'MagDoel',
        'Partner',
        'Relaties',
        'Signaal',
        'Steungroep',
        'Thema',
        'Wijk',
      ].map((n) => `${n}.csv`),
    );
    await ruimOp(db, ['GM9503']);
    const { uit } = await importeer(client, BEHEERDER, 'GM9503', [
      { naam: bestand!.naam, inhoud: b64(bestand!.bytes) },
    ]);
    expect(afgewezen(uit)).toEqual([]);
    expect(await dump(db, 'GM9503')).toEqual(origineel);
  });

  it.each(['XLSX', 'KUMU'] as const)('%s', async (formaat) => {
    const { bestand } = await exporteer(client, BEHEERDER, 'GM9503', formaat);
    await ruimOp(db, ['GM9503']);
    const { uit } = await importeer(client, BEHEERDER, 'GM9503', [
      { naam: bestand!.naam, inhoud: b64(bestand!.bytes) },
    ]);
    expect(uit!.errors).toEqual([]);
    expect(afgewezen(uit)).toEqual([]);
    expect(uit!.formaat).toBe(formaat === 'KUMU' ? 'KUMU' : 'WIJKWEB');
    expect(await dump(db, 'GM9503')).toEqual(origineel);
    const nogmaals = await importeer(client, BEHEERDER, 'GM9503', [
      { naam: bestand!.naam, inhoud: b64(bestand!.bytes) },
    ]);
    expect(nogmaals.uit!.totalen).toMatchObject({ aangemaakt: 0, gewijzigd: 0 });
  });

  it('GraphML is well-formed XML with a node per node and an edge per relationship', async () => {
    const { bestand } = await exporteer(client, GEMEENTE, 'GM9503', 'GRAPHML');
    const tekst = Buffer.from(bestand!.bytes).toString('utf8');
    expect(XMLValidator.validate(tekst)).toBe(true);
    const graphml = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['node', 'edge', 'key', 'data'].includes(name),
    }).parse(tekst);
    const graaf = graphml.graphml.graph;
    const [verwacht] = await db.query<{ knopen: number; relaties: number }>(
      `CALL () { MATCH (n) WHERE n.gemeente = 'GM9503' AND NOT n:Inwoner RETURN count(n) AS eigen }
       CALL () { MATCH (v) WHERE (v:Thema OR v:Doelgroep) AND EXISTS { (v)<--(m) WHERE m.gemeente = 'GM9503' } RETURN count(v) AS vocabulaire }
       CALL () { MATCH (a)-[r]->() WHERE a.gemeente = 'GM9503' AND NOT a:Inwoner AND NOT a:Gemeente RETURN count(r) AS relaties }
       RETURN eigen + vocabulaire AS knopen, relaties`,
    );
    expect(graaf.node).toHaveLength(verwacht!.knopen);
    expect(graaf.edge).toHaveLength(verwacht!.relaties);
    expect(graaf['@_edgedefault']).toBe('directed');
    const ids = new Set(graaf.node.map((n: Record<string, string>) => n['@_id']));
    for (const e of graaf.edge) expect(ids.has(e['@_source']) && ids.has(e['@_target'])).toBe(true);
    const formule = graaf.node.find((n: Record<string, string>) => n['@_id'] === 'Partner:gm9503-formule');
    expect(formule.data.find((d: Record<string, string>) => d['@_key'] === 'label')['#text']).toBe(
      '=HYPERLINK("http://kwaad.example","klik")',
    );
    expect(bestand!.inwoners).toBe(0);
  });
});

describe('who imports and exports what', () => {
  const INWONER = (rows: string) => `id,pseudoniem,leeftijdsband,toestemmingsdatum,gemeente\n${rows}`;
  const ans = `Inwoner:${randomUUID()}`;
  const bep = `Inwoner:${randomUUID()}`;
  const leden = {
    'Inwoner.csv': INWONER(`${ans},Ans,65-79,2025-01-10,GM9504\n${bep},Bep,80+,2025-02-11,GM9504\n`),
    'Relaties.csv': `van,type,naar,rol,sinds\n${ans},LID_VAN,${GROEP_A},KARTREKKER,2025-01-10\n${bep},LID_VAN,${GROEP_A},DEELNEMER,\n${ans},WOONT_IN,Buurt:GM9504-BU0101,,\n`,
  };

  it('only an administrator or a builder may import', async () => {
    const voor = await dump(db, 'GM9504');
    for (const actor of [ANONIEM, PARTNER, GEMEENTE, WIJKTEAM]) {
      const { res } = await importeer(client, actor, 'GM9504', csvBestanden(werkboek('GM9504')), {
        dryRun: false,
      });
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    expect(errorCode((await exporteer(client, ANONIEM, 'GM9504', 'CSV')).res)).toBe('FORBIDDEN');
    expect(await dump(db, 'GM9504')).toEqual(voor);
  });

  it('a builder imports members of their own group, only the AVG minimum, twice the same', async () => {
    const { uit } = await importeer(client, BUILDER_A, 'GM9504', csvBestanden(leden));
    expect(afgewezen(uit)).toEqual([]);
    expect(uit!.totalen).toEqual({ aangemaakt: 5, gewijzigd: 0, ongewijzigd: 0, afgewezen: 0 });
    const props = await db.query<{ keys: string[] }>(
      'MATCH (i:Inwoner) WHERE i.id IN $ids RETURN keys(i) AS keys',
      { ids: [ans, bep] },
    );
    for (const p of props)
      expect(p.keys.sort()).toEqual(['gemeente', 'id', 'leeftijdsband', 'pseudoniem', 'toestemmingsdatum']);
    const voor = await dump(db, 'GM9504');
    const tweede = await importeer(client, BUILDER_A, 'GM9504', csvBestanden(leden));
    expect(tweede.uit!.totalen).toEqual({ aangemaakt: 0, gewijzigd: 0, ongewijzigd: 5, afgewezen: 0 });
    expect(await dump(db, 'GM9504')).toEqual(voor);
  });

  it('a resident column beyond the minimum, or a missing consent date, is refused', async () => {
    const voor = await dump(db, 'GM9504');
    const nieuw = `Inwoner:${randomUUID()}`;
    const diagnose = await importeer(
      client,
      BUILDER_A,
      'GM9504',
      csvBestanden({
        'Inwoner.csv': `id,pseudoniem,leeftijdsband,toestemmingsdatum,diagnose\n${nieuw},Cor,30-49,2025-01-01,depressie\n`,
      }),
    );
    expect(diagnose.uit!.errors.map((f) => `${f.veld} ${f.code}`)).toEqual([
      'Inwoner.diagnose VERBODEN_VELD',
    ]);
    expect(diagnose.uit!.rijen).toEqual([]);
    const toestemming = await importeer(
      client,
      BUILDER_A,
      'GM9504',
      csvBestanden({
        'Inwoner.csv': INWONER(`${nieuw},Cor,30-49,,GM9504\n`),
        'Relaties.csv': `van,type,naar,rol\n${nieuw},LID_VAN,${GROEP_A},DEELNEMER\n`,
      }),
    );
    expect(afgewezen(toestemming.uit)).toEqual(['Inwoner!2 toestemmingsdatum VERPLICHT']);
    const kumu = await importeer(
      client,
      BUILDER_A,
      'GM9504',
      csvBestanden({
        'Elements.csv': `Label,Type,Description,leeftijdsband,toestemmingsdatum,Notities\nCor,Inwoner,Heeft schulden,30-49,2025-01-01,belt vaak\n`,
        'Connections.csv': `From,To,rol\nCor,${GROEP_A},DEELNEMER\n`,
      }),
    );
    expect(afgewezen(kumu.uit)).toEqual([
      'Elements!2 Description VERBODEN_VELD',
      'Elements!2 Notities VERBODEN_VELD',
    ]);
    expect(await dump(db, 'GM9504')).toEqual(voor);
  });

  it('residents of another builder’s group are refused alike, whether they exist or not', async () => {
    const bestaand = await importeer(client, BUILDER_B, 'GM9504', csvBestanden(leden), { dryRun: true });
    expect(bestaand.uit!.rijen).toHaveLength(5);
    expect(
      bestaand.uit!.rijen.every(
        (r) =>
          r.actie === 'AFGEWEZEN' &&
          r.gewijzigd.length === 0 &&
          r.redenen.length === 1 &&
          r.redenen[0]!.code === 'NIET_TOEGESTAAN',
      ),
    ).toBe(true);
    const verzonnen = `Inwoner:${randomUUID()}`;
    const nieuw = await importeer(
      client,
      BUILDER_B,
      'GM9504',
      csvBestanden({
        'Inwoner.csv': INWONER(`${verzonnen},Ans,65-79,2025-01-10,GM9504\n`),
        'Relaties.csv': `van,type,naar,rol,sinds\n${verzonnen},LID_VAN,${GROEP_A},KARTREKKER,2025-01-10\n`,
      }),
      { dryRun: true },
    );
    const vorm = (r: { actie: string; gewijzigd: string[]; redenen: unknown[] }) => ({
      actie: r.actie,
      gewijzigd: r.gewijzigd,
      redenen: r.redenen,
    });
    expect(vorm(nieuw.uit!.rijen[0]!)).toEqual(vorm(bestaand.uit!.rijen[0]!));
    expect(vorm(nieuw.uit!.rijen[1]!)).toEqual(vorm(bestaand.uit!.rijen[2]!));
    const beheerder = await importeer(client, BEHEERDER, 'GM9504', csvBestanden(leden), { dryRun: true });
    expect(
      beheerder.uit!.rijen.every((r) => r.redenen.length === 1 && r.redenen[0]!.code === 'NIET_TOEGESTAAN'),
    ).toBe(true);
    expect(JSON.stringify([bestaand.uit, nieuw.uit, beheerder.uit])).not.toMatch(/Ans|Bep|65-79|80\+/);
  });

  it('a builder changes their own groups; other rows only unchanged; a group they start is theirs', async () => {
    const boek = werkboek('GM9504');
    const eigen = await importeer(
      client,
      BUILDER_A,
      'GM9504',
      csvBestanden({
        'Steungroep.csv': boek['Steungroep.csv']!.replace('Groep A', 'Groep A (nieuw)'),
        'Partner.csv': boek['Partner.csv']!,
      }),
    );
    expect(afgewezen(eigen.uit)).toEqual([]);
    expect(eigen.uit!.totalen).toMatchObject({ gewijzigd: 1, ongewijzigd: 4 });
    const ander = await importeer(
      client,
      BUILDER_A,
      'GM9504',
      csvBestanden({
        'Steungroep.csv': boek['Steungroep.csv']!.replace('Groep B', 'Groep B (overgenomen)'),
        'Partner.csv': boek['Partner.csv']!.replace('+31 Sportclub', 'Sportclub'),
        'Relaties.csv': `van,type,naar\nPartner:gm9504-formule,PARTNER_VAN,${GROEP_A}\nPartner:gm9504-formule,PARTNER_VAN,${GROEP_B}\n`,
      }),
    );
    expect(afgewezen(ander.uit)).toEqual([
      'Steungroep!3 id NIET_TOEGESTAAN',
      'Partner!3 id NIET_TOEGESTAAN',
      'Relaties!3 naar NIET_TOEGESTAAN',
    ]);
    const start = await importeer(
      client,
      BUILDER_A,
      'GM9504',
      csvBestanden({
        'Steungroep.csv': `id,naam,gemeente\nSteungroep:gm9504-groep-c,Groep C,GM9504\n`,
        'Activiteit.csv': `id,naam,gemeente\nActiviteit:gm9504-wandelen,Wandelen,GM9504\n`,
        'Relaties.csv': `van,type,naar\nSteungroep:gm9504-groep-c,IN_WIJK,Wijk:GM9504-WK01\nActiviteit:gm9504-wandelen,HOORT_BIJ,Steungroep:gm9504-groep-c\n${bep},LID_VAN,Steungroep:gm9504-groep-c\n`,
      }),
    );
    expect(afgewezen(start.uit)).toEqual(['Relaties!4 rol VERPLICHT']);
    const opnieuw = await importeer(
      client,
      BUILDER_A,
      'GM9504',
      csvBestanden({
        'Steungroep.csv': `id,naam,gemeente\nSteungroep:gm9504-groep-c,Groep C,GM9504\n`,
        'Relaties.csv': `van,type,naar,rol\nSteungroep:gm9504-groep-c,IN_WIJK,Wijk:GM9504-WK01,\n${bep},LID_VAN,Steungroep:gm9504-groep-c,VRIJWILLIGER\n`,
      }),
    );
    expect(afgewezen(opnieuw.uit)).toEqual([]);
    const [row] = await db.query<{ n: number }>(
      `MATCH (:Gebruiker {id: $g})-[r:VERANTWOORDELIJK_VOOR]->(:Steungroep {id: 'Steungroep:gm9504-groep-c'}) RETURN count(r) AS n`,
      { g: BUILDER_A.id },
    );
    expect(row!.n).toBe(1);
  });

  it('exports hold residents only for their own builder, recorded; everyone else gets counts', async () => {
    const eigen = await exporteer(client, BUILDER_A, 'GM9504', 'CSV');
    expect(eigen.bestand!.inwoners).toBe(2);
    const csv = unzipSync(eigen.bestand!.bytes);
    const inwoners = strFromU8(csv['Inwoner.csv']!);
    expect(inwoners).toContain('Ans');
    expect(strFromU8(csv['Relaties.csv']!)).toContain(`${ans},LID_VAN,${GROEP_A},,KARTREKKER,2025-01-10`);
    const [audit] = await db.query<{ doelen: string[] }>(
      `MATCH (a:AuditRegel {actie: 'INWONERS_GELEZEN', actorId: $id}) RETURN a.doelen AS doelen ORDER BY a.tijd DESC LIMIT 1`,
      { id: BUILDER_A.id },
    );
    expect([...audit!.doelen].sort()).toEqual([ans, bep].sort());

    for (const actor of [BUILDER_B, BEHEERDER, GEMEENTE, PARTNER]) {
      for (const formaat of ['CSV', 'XLSX', 'KUMU', 'GRAPHML'] as const) {
        const { bestand } = await exporteer(client, actor, 'GM9504', formaat);
        expect(bestand!.inwoners).toBe(0);
        const tekst =
          formaat === 'GRAPHML'
            ? strFromU8(bestand!.bytes)
            : formaat === 'CSV'
              ? Object.values(unzipSync(bestand!.bytes))
                  .map((b) => strFromU8(b))
                  .join('\n')
              : '';
        for (const geheim of ['Ans', 'Bep', ans, bep]) expect(tekst).not.toContain(geheim);
      }
    }
    const andere = unzipSync((await exporteer(client, BUILDER_B, 'GM9504', 'CSV')).bestand!.bytes);
    expect(strFromU8(andere['Inwoner.csv']!).replace('\uFEFF', '').trim()).toBe(
      'id,pseudoniem,leeftijdsband,toestemmingsdatum,gemeente',
    );
    const groepen = parse(strFromU8(andere['Steungroep.csv']!), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(groepen.map((g) => [g.id, g.leden])).toEqual([
      [GROEP_A, '<5'],
      [GROEP_B, '0'],
      ['Steungroep:gm9504-groep-c', '<5'],
    ]);
  });

  it('a builder’s own export imports back unchanged, residents included', async () => {
    const { bestand } = await exporteer(client, BUILDER_A, 'GM9504', 'XLSX');
    const { uit } = await importeer(
      client,
      BUILDER_A,
      'GM9504',
      [{ naam: bestand!.naam, inhoud: b64(bestand!.bytes) }],
      { dryRun: true },
    );
    expect(afgewezen(uit)).toEqual([]);
    expect(uit!.totalen).toMatchObject({ aangemaakt: 0, gewijzigd: 0 });
  });
});
