import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { graphqlClient } from '../../testing/graphql.js';

/**
 * `magBewerken`, `magVerwijderen` and `Ik.magMaken` answer what the mutations would allow: checked
 * against the demo data by asking, then trying a change that changes nothing (an empty `invoer`),
 * for every role, on nodes of Katwijk and Den Helder.
 */
const client = graphqlClient();
afterAll(() => client.close());

const HOORNES = 'Steungroep:hoornesgroep';
const base = { steungroepen: [], gemeenten: [] };
const ACTOREN: Record<string, Actor> = {
  anoniem: { id: null, role: 'ANONIEM', ...base },
  beheerder: { id: 'Gebruiker:mag-beheerder', role: 'BEHEERDER', ...base },
  'gemeente Katwijk': { id: 'Gebruiker:mag-gemeente', role: 'GEMEENTE', ...base, gemeenten: ['GM0537'] },
  'gemeente nergens': { id: 'Gebruiker:mag-gemeente-nergens', role: 'GEMEENTE', ...base },
  'wijkteam Katwijk': { id: 'Gebruiker:mag-wijkteam', role: 'WIJKTEAM', ...base, gemeenten: ['GM0537'] },
  opbouwwerker: {
    id: 'Gebruiker:mag-opbouwwerker',
    role: 'OPBOUWWERKER',
    steungroepen: [HOORNES],
    gemeenten: ['GM0537'],
  },
  'partner Dunavie': { id: 'ApiSleutel:mag-dunavie', role: 'PARTNER', ...base, partner: 'Partner:dunavie' },
};

type Knoop = { __typename: string; id: string; magBewerken: boolean; magVerwijderen: boolean };
const VELDEN = '__typename id magBewerken magVerwijderen';

/** A few nodes of each editable kind in both demo gemeenten. */
async function voorbeelden(actor: Actor): Promise<{ knopen: Knoop[]; queryCount: number }> {
  const lijst = (veld: string, gm: string, n = 3) =>
    `${veld}_${gm}: ${veld}(filter: {gemeente: "${gm}"}, first: ${n}) { edges { node { ${VELDEN} } } }`;
  const delen = ['GM0537', 'GM0400'].flatMap((gm) =>
    ['steungroepen', 'activiteiten', 'signalen', 'wijken', 'partners'].map((v) => lijst(v, gm)),
  );
  const res = await client.run<Record<string, { edges: { node: Knoop }[] }>>(
    `{ ${delen.join('\n')} hoornes: node(id: "${HOORNES}") { ... on Steungroep { ${VELDEN} } } }`,
    {},
    actor,
  );
  expect(res.errors).toBeUndefined();
  const knopen = Object.values(res.data!).flatMap((v) =>
    'edges' in v ? v.edges.map((e) => e.node) : [v as unknown as Knoop],
  );
  return { knopen, queryCount: res.queryCount };
}

describe('what the viewer may change', () => {
  it.each(Object.entries(ACTOREN))('%s: magBewerken agrees with what wijzig… allows', async (_, actor) => {
    const { knopen } = await voorbeelden(actor);
    expect(knopen.length).toBeGreaterThan(20);
    for (const knoop of knopen) {
      const res = await client.run<Record<string, { errors: unknown[] }>>(
        `mutation($id: ID!) { r: wijzig${knoop.__typename}(id: $id, invoer: {}) { errors { code } } }`,
        { id: knoop.id },
        actor,
      );
      const geweigerd = res.errors?.[0]?.extensions?.code === 'FORBIDDEN';
      expect(geweigerd, `${knoop.id}: ${JSON.stringify(res.errors)}`).toBe(!knoop.magBewerken);
      if (!knoop.magBewerken) expect(knoop.magVerwijderen, knoop.id).toBe(false);
    }
  });

  it('names the nodes of the responsible builder, the partner and the municipality', async () => {
    const mag = async (actor: Actor) =>
      new Set((await voorbeelden(actor)).knopen.filter((k) => k.magBewerken).map((k) => k.id));
    const opbouwwerker = await mag(ACTOREN.opbouwwerker!);
    expect(opbouwwerker.has(HOORNES)).toBe(true);
    expect([...opbouwwerker].filter((id) => id.startsWith('Steungroep:'))).toEqual([HOORNES]);
    const gemeente = await mag(ACTOREN['gemeente Katwijk']!);
    expect([...gemeente].every((id) => id.startsWith('Signaal:'))).toBe(true);
    expect(gemeente.size).toBeGreaterThan(0);
    // Den Helder's signals are not Katwijk's to change.
    const { knopen } = await voorbeelden(ACTOREN['gemeente Katwijk']!);
    const denHelder = knopen.filter((k) => k.__typename === 'Signaal' && !gemeente.has(k.id));
    expect(denHelder.length).toBeGreaterThan(0);
    expect(await mag(ACTOREN.anoniem!)).toEqual(new Set());
    const beheerder = await voorbeelden(ACTOREN.beheerder!);
    expect(beheerder.knopen.every((k) => k.magBewerken && k.magVerwijderen)).toBe(true);
  });

  it('reads the rights of a whole list in one statement, and none for a viewer who may not', async () => {
    const lijst = `{ activiteiten(first: 50) { edges { node { id magBewerken magVerwijderen } } } }`;
    const anoniem = await client.run<{ activiteiten: { edges: unknown[] } }>(lijst, {}, ACTOREN.anoniem);
    const beheerder = await client.run<{ activiteiten: { edges: unknown[] } }>(lijst, {}, ACTOREN.beheerder);
    expect(beheerder.data!.activiteiten.edges).toHaveLength(50);
    expect(beheerder.queryCount - anoniem.queryCount).toBe(1);
  });
});

describe('Ik: what the viewer may create, and where', () => {
  const IK = '{ ik { magMaken gemeenten { code } } }';
  const ik = async (actor: Actor) =>
    (await client.run<{ ik: { magMaken: string[]; gemeenten: { code: string }[] } }>(IK, {}, actor)).data!.ik;

  it('follows the roles, and a municipality user who works nowhere creates nothing', async () => {
    expect(await ik(ACTOREN.anoniem!)).toEqual({ magMaken: [], gemeenten: [] });
    expect(await ik(ACTOREN['gemeente Katwijk']!)).toEqual({
      magMaken: ['SIGNAAL', 'INDICATOR', 'MAG_DOEL'],
      gemeenten: [{ code: 'GM0537' }],
    });
    expect(await ik(ACTOREN['gemeente nergens']!)).toEqual({ magMaken: [], gemeenten: [] });
    expect((await ik(ACTOREN['wijkteam Katwijk']!)).magMaken).toEqual(['SIGNAAL']);
    expect((await ik(ACTOREN.opbouwwerker!)).magMaken).toEqual(['STEUNGROEP', 'ACTIVITEIT']);
    expect((await ik(ACTOREN['partner Dunavie']!)).magMaken).toEqual(['ACTIVITEIT']);
    const beheerder = await ik(ACTOREN.beheerder!);
    expect(beheerder.magMaken).toHaveLength(13);
    expect(beheerder.gemeenten.map((g) => g.code)).toEqual(expect.arrayContaining(['GM0537', 'GM0400']));
  });
});

describe('the gemeente of a node, which a form needs to search within it', () => {
  it('is named by every kind that belongs to one', async () => {
    const kinds = ['Steungroep', 'Buurt', 'Activiteit', 'Locatie', 'Signaal', 'Indicator'];
    const lijsten: Record<string, string> = {
      Steungroep: 'steungroepen',
      Buurt: 'buurten',
      Activiteit: 'activiteiten',
      Locatie: 'locaties',
      Signaal: 'signalen',
    };
    const delen = Object.entries(lijsten).map(
      ([, veld]) =>
        `${veld}(filter: {gemeente: "GM0400"}, first: 2) { edges { node { __typename gemeente { code } } } }`,
    );
    const res = await client.run<
      Record<string, { edges: { node: { __typename: string; gemeente: { code: string } } }[] }>
    >(`{ ${delen.join('\n')} }`);
    expect(res.errors).toBeUndefined();
    const knopen = Object.values(res.data!).flatMap((l) => l.edges.map((e) => e.node));
    expect(new Set(knopen.map((k) => k.__typename))).toEqual(new Set(kinds.filter((k) => k !== 'Indicator')));
    expect(knopen.every((k) => k.gemeente.code === 'GM0400')).toBe(true);
    const wijk = await client.run<{ node: { indicatoren: { gemeente: { code: string } }[] } }>(
      `{ node(id: "Wijk:GM0537-WK01") { ... on Wijk { indicatoren { gemeente { code } } } } }`,
    );
    expect(wijk.data!.node.indicatoren.length).toBeGreaterThan(0);
    expect(wijk.data!.node.indicatoren.every((i) => i.gemeente.code === 'GM0537')).toBe(true);
  });
});
