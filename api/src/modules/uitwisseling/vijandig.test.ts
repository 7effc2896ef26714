/**
 * Hostile and broken workbooks: each gets a clear problem with a code, nothing is written, and the
 * server keeps serving. In-process for the workbook cases (gemeente GM9505, which none of them may
 * create), over real HTTP for the body limits.
 */
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { createTestUsers, removeTestAccounts, type TestUser } from '../../testing/accounts.js';
import { graphqlClient } from '../../testing/graphql.js';
import { code, httpClient } from '../../testing/http.js';
import { dump, ruimOp } from '../bewerken/testhulp.js';
import { b64, csvBestanden, importeer, type Bestand } from './testhulp.js';

const GM = 'GM9505';
const client = graphqlClient();
const http = httpClient();
const BEHEERDER: Actor = {
  id: 'Gebruiker:vijandig-beheerder',
  role: 'BEHEERDER',
  steungroepen: [],
  gemeenten: [],
};
let opbouwwerker: TestUser;
let gemeente: TestUser;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  await ruimOp(client.db, [GM]);
  [opbouwwerker, gemeente] = (await createTestUsers(client.db, [
    { id: 'vijandig-opbouwwerker', rol: 'OPBOUWWERKER', steungroepen: ['Steungroep:hoornesgroep'] },
    { id: 'vijandig-gemeente', rol: 'GEMEENTE' },
  ])) as [TestUser, TestUser];
  for (const u of [opbouwwerker, gemeente]) cookies[u.id] = await http.signIn(u.email, u.wachtwoord);
});

afterAll(async () => {
  await ruimOp(client.db, [GM]);
  await removeTestAccounts(client.db, [BEHEERDER.id!, opbouwwerker.id, gemeente.id]);
  await client.close();
});

/** A valid little workbook that each case breaks in one place. */
const basis = (): Record<string, string> => ({
  'Gemeente.csv': `id,code,naam\nGemeente:${GM},${GM},Vijandig\n`,
  'Kern.csv': `id,naam,gemeente\nKern:${GM}-k,Kern,${GM}\n`,
  'Wijk.csv': `id,code,naam,gemeente\nWijk:${GM}-WK01,WK950501,Wijk,${GM}\n`,
  'Partner.csv': `id,naam,soort,gemeente\nPartner:gm9505-p,Partner,WELZIJN,${GM}\n`,
  'Locatie.csv': `id,naam,soort,capaciteit,toegankelijk,gemeente\nLocatie:gm9505-l,Locatie,KERK,10,ja,${GM}\n`,
  'Activiteit.csv': `id,naam,beginTijd,eindTijd,gemeente\nActiviteit:gm9505-a,Activiteit,10:00,11:00,${GM}\n`,
  'Relaties.csv': `van,type,naar,kernteam,rol,sinds\nWijk:${GM}-WK01,IN_KERN,Kern:${GM}-k,,,\n`,
});
const met = (wijzig: (b: Record<string, string>) => void) => {
  const b = basis();
  wijzig(b);
  return csvBestanden(b);
};
const regel = (bestand: string, tekst: string) => (b: Record<string, string>) => {
  b[bestand] = (b[bestand] ?? '') + tekst;
};
const vervang = (bestand: string, van: string, naar: string) => (b: Record<string, string>) => {
  b[bestand] = b[bestand]!.replace(van, naar);
};
const kolommen = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`).join(',');
const bom = zipSync({ 'Kern.csv': new Uint8Array(70 * 1024 * 1024) }, { level: 9 });

type Geval = [naam: string, bestanden: () => Bestand[], verwacht: string];
const GEVALLEN: Geval[] = [
  // The files themselves.
  [
    'content that is not base64',
    () => [{ naam: 'Kern.csv', inhoud: 'dit is <geen> base64!' }],
    'invoer.bestanden.0.inhoud ONLEESBAAR',
  ],
  [
    'more than 5 MB of files',
    () => [{ naam: 'Kern.csv', inhoud: b64('x'.repeat(5 * 1024 * 1024 + 10)) }],
    'invoer.bestanden TE_GROOT',
  ],
  ['no files at all', () => [], 'invoer.bestanden VERPLICHT'],
  ['a PDF', () => [{ naam: 'kaart.pdf', inhoud: b64('%PDF-1.7') }], 'kaart.pdf ONLEESBAAR'],
  [
    'an XLSX that is not a workbook',
    () => [{ naam: 'boek.xlsx', inhoud: b64('PK niet echt') }],
    'boek.xlsx ONLEESBAAR',
  ],
  ['a ZIP that is not a ZIP', () => [{ naam: 'boek.zip', inhoud: b64('geen zip') }], 'boek.zip ONLEESBAAR'],
  [
    'a ZIP bomb (70 MB of zeros in a small ZIP)',
    () => [{ naam: 'boek.zip', inhoud: b64(bom) }],
    'boek.zip TE_GROOT',
  ],
  ['an XLSX bomb', () => [{ naam: 'boek.xlsx', inhoud: b64(bom) }], 'boek.xlsx TE_GROOT'],
  [
    'a CSV with an unclosed quote',
    () => csvBestanden({ 'Kern.csv': 'id,naam\n"Kern:GM9505-k,Kern\n' }),
    'Kern.csv ONLEESBAAR',
  ],
  [
    'more than 20 000 rows',
    () => csvBestanden({ 'Thema.csv': `id,naam\n${'Thema:x,x\n'.repeat(20_001)}` }),
    'bestanden TE_GROOT',
  ],
  [
    'a cell of more than 10 000 characters',
    () => met(regel('Partner.csv', `Partner:gm9505-q,${'x'.repeat(10_001)},WELZIJN,${GM}\n`)),
    'Partner!3 TE_GROOT',
  ],
  ['more than 60 columns', () => csvBestanden({ 'Kern.csv': `${kolommen(61)}\n` }), 'Kern TE_GROOT'],
  [
    'a sheet nobody knows',
    () => met(regel('Activiteiten.csv', 'id,naam\n')),
    'Activiteiten ONBEKENDE_WAARDE',
  ],
  [
    'a column nobody knows',
    () => met(vervang('Kern.csv', 'id,naam,gemeente', 'id,naam,gemeente,burgemeester')),
    'Kern.burgemeester ONBEKENDE_KOLOM',
  ],
  [
    'a column twice',
    () =>
      met(
        vervang(
          'Kern.csv',
          'id,naam,gemeente\nKern:GM9505-k,Kern,GM9505',
          'id,naam,NAAM\nKern:GM9505-k,Kern,Kern',
        ),
      ),
    'Kern.NAAM DUBBEL',
  ],
  [
    'relationships without a `naar` column',
    () => met((b) => (b['Relaties.csv'] = 'van,type\nWijk:GM9505-WK01,IN_KERN\n')),
    'Relaties.naar VERPLICHT',
  ],
  [
    'a filled cell beyond the header',
    () => met(vervang('Kern.csv', `Kern,${GM}`, `Kern,${GM},extra`)),
    'Kern!2 ONBEKENDE_KOLOM',
  ],
  [
    'Kumu elements without a Type column',
    () => csvBestanden({ 'Elements.csv': 'Label\nIets\n' }),
    'Elements.Type VERPLICHT',
  ],
  [
    'a Kumu element of a kind Wijkweb does not know',
    () => csvBestanden({ 'Elements.csv': 'Label,Type\nJan,Persoon\n' }),
    'Elements!2 ONBEKENDE_WAARDE',
  ],
  // Rows: wrong types and malformed values.
  [
    'text for a whole number',
    () => met(vervang('Locatie.csv', ',10,', ',veel,')),
    'Locatie!2 capaciteit ONGELDIG',
  ],
  [
    'a fraction for a whole number',
    () => met(vervang('Locatie.csv', ',10,', ',10.5,')),
    'Locatie!2 capaciteit ONGELDIG',
  ],
  [
    'a negative capacity',
    () => met(vervang('Locatie.csv', ',10,', ',-10,')),
    'Locatie!2 capaciteit BUITEN_BEREIK',
  ],
  [
    'neither yes nor no',
    () => met(vervang('Locatie.csv', ',ja,', ',misschien,')),
    'Locatie!2 toegankelijk ONGELDIG',
  ],
  [
    'an unknown kind of partner',
    () => met(vervang('Partner.csv', 'WELZIJN', 'VOETBAL')),
    'Partner!2 soort ONBEKENDE_WAARDE',
  ],
  [
    'a Dutch-style date',
    () =>
      met(
        regel('Steungroep.csv', `id,naam,opgericht,gemeente\nSteungroep:gm9505-s,Groep,31-12-2024,${GM}\n`),
      ),
    'Steungroep!2 opgericht ONGELDIG',
  ],
  [
    'a date that does not exist',
    () =>
      met(
        regel('Steungroep.csv', `id,naam,opgericht,gemeente\nSteungroep:gm9505-s,Groep,2024-02-30,${GM}\n`),
      ),
    'Steungroep!2 opgericht ONGELDIG',
  ],
  [
    'a founding date in the future',
    () =>
      met(
        regel('Steungroep.csv', `id,naam,opgericht,gemeente\nSteungroep:gm9505-s,Groep,2999-01-01,${GM}\n`),
      ),
    'Steungroep!2 opgericht BUITEN_BEREIK',
  ],
  [
    'a time in words',
    () => met(vervang('Activiteit.csv', '10:00,11:00', '7 uur,11:00')),
    'Activiteit!2 beginTijd ONGELDIG',
  ],
  [
    'an end before the start',
    () => met(vervang('Activiteit.csv', '10:00,11:00', '11:00,10:00')),
    'Activiteit!2 eindTijd EIND_VOOR_BEGIN',
  ],
  [
    'a control character in a name',
    () => met(vervang('Partner.csv', ',Partner,', ',Part\u0007ner,')),
    'Partner!2 naam ONGELDIG',
  ],
  [
    'a line break in a name',
    () => met(vervang('Partner.csv', ',Partner,', ',"Part\nner",')),
    'Partner!2 naam ONGELDIG',
  ],
  [
    'a name of 201 characters',
    () => met(vervang('Partner.csv', ',Partner,', `,${'p'.repeat(201)},`)),
    'Partner!2 naam TE_LANG',
  ],
  ['no code for a new wijk', () => met(vervang('Wijk.csv', ',WK950501,', ',,')), 'Wijk!2 code VERPLICHT'],
  [
    'a new wijk without its kern',
    () => met((b) => (b['Relaties.csv'] = 'van,type,naar\n')),
    'Wijk!2 kern VERPLICHT',
  ],
  // Ids and references.
  [
    'an id with a space',
    () => met(vervang('Partner.csv', 'Partner:gm9505-p', 'Partner:met spatie')),
    'Partner!2 id ONGELDIG',
  ],
  [
    'an id of another kind on a sheet',
    () => met(vervang('Partner.csv', 'Partner:gm9505-p', 'Locatie:gm9505-p')),
    'Partner!2 id ONGELDIG',
  ],
  [
    'an id of another gemeente',
    () => met(vervang('Kern.csv', `Kern:${GM}-k`, 'Kern:GM0537-k')),
    'Kern!2 id ONGELDIG',
  ],
  [
    'an existing node of another gemeente',
    () => met(vervang('Partner.csv', 'Partner:gm9505-p', 'Partner:dunavie')),
    'Partner!2 id ANDERE_GEMEENTE',
  ],
  [
    'a gemeente column that is not this import’s',
    () => met(vervang('Partner.csv', `WELZIJN,${GM}`, 'WELZIJN,GM0537')),
    'Partner!2 gemeente ANDERE_GEMEENTE',
  ],
  [
    'the same id twice',
    () => met(regel('Partner.csv', `Partner:gm9505-p,Nog een,WELZIJN,${GM}\n`)),
    'Partner!3 id DUBBEL',
  ],
  [
    'a relationship to nothing',
    () => met(regel('Relaties.csv', 'Partner:gm9505-p,ACTIEF_IN,Wijk:GM9505-WK99,,,\n')),
    'Relaties!3 naar ONBEKENDE_VERWIJZING',
  ],
  [
    'a relationship the model does not have',
    () => met(regel('Relaties.csv', 'Partner:gm9505-p,,Thema:eenzaamheid,,,\n')),
    'Relaties!3 type ONBEKENDE_WAARDE',
  ],
  [
    'a relationship type for the wrong kinds',
    () => met(regel('Relaties.csv', 'Partner:gm9505-p,IN_KERN,Wijk:GM9505-WK01,,,\n')),
    'Relaties!3 type ONBEKENDE_WAARDE',
  ],
  [
    'a relationship into another gemeente',
    () => met(regel('Relaties.csv', 'Partner:gm9505-p,ACTIEF_IN,Wijk:GM0537-WK01,,,\n')),
    'Relaties!3 naar ANDERE_GEMEENTE',
  ],
  [
    'a relationship with a property it does not have',
    () => met(regel('Relaties.csv', 'Partner:gm9505-p,ACTIEF_IN,Wijk:GM9505-WK01,,DEELNEMER,\n')),
    'Relaties!3 rol ONGELDIG',
  ],
  [
    'a node of the wrong kind as a relationship end',
    () => met(regel('Relaties.csv', 'Activiteit:gm9505-a,OP_LOCATIE,Partner:gm9505-p,,,\n')),
    'Relaties!3 type ONBEKENDE_WAARDE',
  ],
  [
    'something that is not an id as a relationship end',
    () => met(regel('Relaties.csv', 'Partner:gm9505-p,ACTIEF_IN,de wijk,,,\n')),
    'Relaties!3 naar ONGELDIG',
  ],
  [
    'a Kumu label that names two elements',
    () =>
      csvBestanden({
        'Elements.csv': 'Label,Type\nNoord,Wijk\nNoord,Partner\n',
        'Connections.csv': 'From,To\nNoord,Noord\n',
      }),
    'Connections!2 From DUBBELZINNIG',
  ],
  [
    'a Kumu connection to no element',
    () =>
      csvBestanden({
        'Elements.csv': `Label,Type,soort,gemeente\nClub,Partner,SPORT,${GM}\n`,
        'Connections.csv': 'From,To\nClub,Nergens\n',
      }),
    'Connections!2 To ONBEKENDE_VERWIJZING',
  ],
  [
    'a Kumu resident with a note about them',
    () => csvBestanden({ 'Elements.csv': 'Label,Type,Notitie\nJan,Inwoner,heeft schulden\n' }),
    'Elements!2 Notitie VERBODEN_VELD',
  ],
];

const codes = (uit: Awaited<ReturnType<typeof importeer>>['uit']) => [
  ...(uit?.errors ?? []).map((f) => `${f.veld} ${f.code}`),
  ...(uit?.rijen ?? []).flatMap((r) =>
    r.redenen.map((f) => `${r.blad}!${r.rij}${f.veld ? ` ${f.veld}` : ''} ${f.code}`),
  ),
];

describe(`${GEVALLEN.length} broken or hostile workbooks: each a clear problem with a code, nothing written`, () => {
  it('the valid base workbook imports (dry run), so each case fails only for its own reason', async () => {
    const { uit } = await importeer(client, BEHEERDER, GM, csvBestanden(basis()), { dryRun: true });
    expect(codes(uit)).toEqual([]);
  });

  it.each(GEVALLEN)('%s', async (_naam, bestanden, verwacht) => {
    const { res, uit } = await importeer(client, BEHEERDER, GM, bestanden());
    expect(res.errors).toBeUndefined();
    expect(uit!.uitgevoerd).toBe(false);
    expect(codes(uit)).toContain(verwacht);
    for (const f of [...uit!.errors, ...uit!.rijen.flatMap((r) => r.redenen)])
      expect(f.bericht.length).toBeGreaterThan(10);
  });

  it('wrote nothing', async () => {
    expect(await dump(client.db, GM)).toEqual({ knopen: [], relaties: [] });
    const [dunavie] = await client.db.query<{ gm: string }>(
      `MATCH (p:Partner {id: 'Partner:dunavie'}) RETURN p.gemeente AS gm`,
    );
    expect(dunavie!.gm).toBe('GM0537');
  });
});

describe('the request body limit over HTTP', () => {
  const IMPORT = `mutation($i: ImportInvoer!) { importeer(invoer: $i) { uitgevoerd totalen { aangemaakt afgewezen } errors { code } } }`;
  const groot = (kB: number) => ({
    i: { gemeente: GM, dryRun: true, bestanden: [{ naam: 'Thema.csv', inhoud: b64('x'.repeat(kB * 768)) }] },
  });

  it('is 8 MB for an import by someone who may import, and such an import is answered', async () => {
    const groepen = Array.from(
      { length: 150 },
      (_, i) => `Steungroep:gm9505-g${i},Groep ${i},${'o'.repeat(3900)},${GM}`,
    ).join('\n');
    const bestanden = csvBestanden({ 'Steungroep.csv': `id,naam,omschrijving,gemeente\n${groepen}\n` });
    const res = await http.post<{
      importeer: { uitgevoerd: boolean; totalen: { aangemaakt: number; afgewezen: number } };
    }>(IMPORT, { i: { gemeente: GM, dryRun: true, bestanden } }, { cookie: cookies[opbouwwerker.id]! });
    expect(JSON.stringify(bestanden).length).toBeGreaterThan(700 * 1024);
    expect(res.status).toBe(200);
    expect(res.body!.data!.importeer.totalen.aangemaakt + res.body!.data!.importeer.totalen.afgewezen).toBe(
      150,
    );
    const teGroot = await http.post(IMPORT, groot(9 * 1024), { cookie: cookies[opbouwwerker.id]! });
    expect(teGroot.status).toBe(413);
    expect(code(teGroot)).toBe('PAYLOAD_TOO_LARGE');
    expect(teGroot.body!.errors![0]!.message).toMatch(/at most 8192 kB/);
  });

  it('stays 100 kB for anything else, and for everyone else', async () => {
    const ander = `query($i: ImportInvoer) { gemeenten { code } }`;
    const gevallen = [
      await http.post(ander, groot(200), { cookie: cookies[opbouwwerker.id]! }),
      await http.post(
        `mutation($i: ImportInvoer!) { importeer(invoer: $i) { uitgevoerd } uitloggen }`,
        groot(200),
        { cookie: cookies[opbouwwerker.id]! },
      ),
      await http.post(IMPORT, groot(200), { cookie: cookies[gemeente.id]! }),
      await http.post(IMPORT, groot(200)),
    ];
    for (const res of gevallen) {
      expect(res.status).toBe(413);
      expect(res.body!.errors![0]!.message).toMatch(/at most 100 kB/);
    }
    const nogSteeds = await http.post(`{ gemeenten { code } }`);
    expect(nogSteeds.status).toBe(200);
  });
});
