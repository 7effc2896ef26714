/**
 * The example workbooks of docs/examples: the XLSX files say what their CSV sources say, and each
 * imports cleanly, twice without changing anything the second time (GM9509 for the Wijkweb
 * workbook, GM9508 for the Kumu map; both removed afterwards).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { graphqlClient } from '../../testing/graphql.js';
import { dump, ruimOp } from '../bewerken/testhulp.js';
import { csvBladen, VOORBEELDEN } from './voorbeelden.js';
import { afgewezen, importeer, voorbeeldBestand, voorbeeldCsv } from './testhulp.js';
import { leesBestanden } from './werkboek.js';

const client = graphqlClient();
const BEHEERDER: Actor = {
  id: 'Gebruiker:voorbeelden-beheerder',
  role: 'BEHEERDER',
  steungroepen: [],
  gemeenten: [],
};
const CSV = readdirSync(join(VOORBEELDEN, 'csv')).filter((f) => f.endsWith('.csv'));

beforeAll(() => ruimOp(client.db, ['GM9508', 'GM9509']));
afterAll(async () => {
  await ruimOp(client.db, ['GM9508', 'GM9509']);
  await client.db.write((tx) => tx.run('MATCH (a:AuditRegel {actorId: $id}) DELETE a', { id: BEHEERDER.id }));
  await client.close();
});

describe('the example workbooks', () => {
  it.each([
    ['csv', 'wijkweb-voorbeeld.xlsx'],
    ['kumu', 'kumu-voorbeeld.xlsx'],
  ])('docs/examples/%s and %s hold the same cells', async (map, xlsx) => {
    const uitCsv = await csvBladen(map);
    const { bladen } = await leesBestanden([
      { naam: xlsx, inhoud: Buffer.from(voorbeeldBestand(xlsx).inhoud, 'base64') },
    ]);
    const tekst = (b: typeof bladen) =>
      b
        .map((x) => ({
          naam: x.naam,
          kolommen: x.kolommen,
          rijen: x.rijen.map((r) => r.cellen.map((c) => (c === null ? null : String(c)))),
        }))
        .sort((a, c) => a.naam.localeCompare(c.naam));
    expect(tekst(bladen)).toEqual(tekst(uitCsv));
  });

  it('the Wijkweb example: a dry run reports every row and writes nothing', async () => {
    const voor = await dump(client.db, 'GM9509');
    const { uit } = await importeer(client, BEHEERDER, 'GM9509', voorbeeldCsv('csv', CSV), { dryRun: true });
    expect(uit!.errors).toEqual([]);
    expect(afgewezen(uit)).toEqual([]);
    expect(uit!.uitgevoerd).toBe(false);
    expect(uit!.formaat).toBe('WIJKWEB');
    // 16 nodes and 30 relationships; the three vocabulary rows exist already.
    expect(uit!.totalen).toEqual({ aangemaakt: 46, gewijzigd: 0, ongewijzigd: 3, afgewezen: 0 });
    expect(uit!.rijen.find((r) => r.id === 'Activiteit:voorbeeld-koffieochtend')).toMatchObject({
      blad: 'Activiteit',
      rij: 2,
      actie: 'AANGEMAAKT',
    });
    expect(await dump(client.db, 'GM9509')).toEqual(voor);
  });

  it('the Wijkweb example as CSV, then as XLSX: the second import changes nothing', async () => {
    const eerste = await importeer(client, BEHEERDER, 'GM9509', voorbeeldCsv('csv', CSV));
    expect(afgewezen(eerste.uit)).toEqual([]);
    expect(eerste.uit!.uitgevoerd).toBe(true);
    const na = await dump(client.db, 'GM9509');
    expect(na.knopen).toHaveLength(16);
    const tweede = await importeer(client, BEHEERDER, 'GM9509', [voorbeeldBestand('wijkweb-voorbeeld.xlsx')]);
    expect(tweede.uit!.totalen).toEqual({ aangemaakt: 0, gewijzigd: 0, ongewijzigd: 49, afgewezen: 0 });
    expect(await dump(client.db, 'GM9509')).toEqual(na);
    const audit = await client.db.query<{ n: number }>(
      `MATCH (a:AuditRegel {actie: 'GEIMPORTEERD', actorId: $id}) WHERE 'Gemeente:GM9509' IN a.doelen RETURN count(a) AS n`,
      { id: BEHEERDER.id },
    );
    expect(audit[0]!.n).toBe(1);
  });

  it('the Kumu example: ids from labels, relationship types from the two kinds, twice the same', async () => {
    const eerste = await importeer(client, BEHEERDER, 'GM9508', [voorbeeldBestand('kumu-voorbeeld.xlsx')]);
    expect(eerste.uit!.errors).toEqual([]);
    expect(afgewezen(eerste.uit)).toEqual([]);
    expect(eerste.uit!.formaat).toBe('KUMU');
    expect(eerste.uit!.meldingen).toEqual([]);
    const rels = await client.db.query<{ r: string }>(
      `MATCH (a)-[r]->(b) WHERE a.gemeente = 'GM9508' RETURN a.id + ' ' + type(r) + ' ' + b.id + coalesce(' ' + toString(r.kernteam), '') AS r ORDER BY r`,
    );
    expect(rels.map((x) => x.r)).toEqual([
      'Activiteit:samen-eten HOORT_BIJ Steungroep:buurtgroep-noord',
      'Activiteit:samen-eten OVER Thema:eenzaamheid',
      'Kern:GM9508-kumudorp-kern IN_GEMEENTE Gemeente:GM9508',
      'Partner:bibliotheek-kumudorp ACTIEF_IN Wijk:GM9508-WK01',
      'Partner:bibliotheek-kumudorp PARTNER_VAN Steungroep:buurtgroep-noord false',
      'Partner:sportclub-noord ACTIEF_IN Wijk:GM9508-WK01',
      'Partner:sportclub-noord ORGANISEERT Activiteit:samen-eten',
      'Partner:sportclub-noord PARTNER_VAN Steungroep:buurtgroep-noord true',
      'Steungroep:buurtgroep-noord IN_WIJK Wijk:GM9508-WK01',
      'Steungroep:buurtgroep-noord OVER Thema:eenzaamheid',
      'Wijk:GM9508-WK01 IN_KERN Kern:GM9508-kumudorp-kern',
    ]);
    const voor = await dump(client.db, 'GM9508');
    const tweede = await importeer(client, BEHEERDER, 'GM9508', [voorbeeldBestand('kumu-voorbeeld.xlsx')]);
    expect(tweede.uit!.totalen.aangemaakt + tweede.uit!.totalen.gewijzigd).toBe(0);
    expect(await dump(client.db, 'GM9508')).toEqual(voor);
  });
});
