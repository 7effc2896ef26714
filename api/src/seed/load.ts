/**
 * Loads the demo datasets idempotently: every node is MERGEd on `id` and every relationship on its
 * endpoints, so a second run finds everything in place and changes nothing. One UNWIND statement
 * per node kind and per relationship pattern, all in one write transaction: a failure leaves
 * nothing half-written.
 */
import type { Db } from '../db/db.js';
import { denHelder } from './den-helder.js';
import { katwijk } from './katwijk.js';
import { seedUsers } from './users.js';
import {
  DOELGROEPEN,
  THEMAS,
  doelgroepId,
  themaId,
  type DoelgroepSlug,
  type SeedDataset,
  type SeedReport,
  type ThemaSlug,
} from './types.js';

export const DATASETS: readonly SeedDataset[] = [katwijk, denHelder];

type Row = Record<string, unknown>;

interface NodeSpec {
  label: string;
  /** Stored as Neo4j `date` (the rows carry ISO strings). */
  dates?: readonly string[];
  /** Stored as Neo4j integers (JavaScript numbers would arrive as floats). */
  ints?: readonly string[];
  /** The properties to store. Optional ones are null when absent, so `+=` removes stale values. */
  rows?: (d: SeedDataset) => Row[];
  /** The shared vocabulary: written once, whichever gemeenten are loaded. */
  shared?: Row[];
}

interface RelSpec {
  from: string;
  type: string;
  to: string;
  props?: readonly { name: string; date?: boolean }[];
  rows: (d: SeedDataset) => Row[];
}

const NODES: readonly NodeSpec[] = [
  {
    label: 'Gemeente',
    rows: (d) => [
      { id: d.gemeente.id, code: d.gemeente.code, naam: d.gemeente.naam, gemeente: d.gemeente.code },
    ],
  },
  {
    label: 'Kern',
    ints: ['inwoners'],
    rows: (d) =>
      d.kernen.map((k) => ({ id: k.id, naam: k.naam, gemeente: k.gemeente, inwoners: k.inwoners ?? null })),
  },
  {
    label: 'Wijk',
    rows: (d) =>
      d.wijken.map((w) => ({
        id: w.id,
        code: w.code,
        naam: w.naam,
        gemeente: w.gemeente,
        illustratief: w.illustratief,
      })),
  },
  {
    label: 'Buurt',
    rows: (d) =>
      d.buurten.map((b) => ({
        id: b.id,
        code: b.code,
        naam: b.naam,
        gemeente: b.gemeente,
        illustratief: b.illustratief,
      })),
  },
  {
    label: 'Thema',
    shared: Object.entries(THEMAS).map(([slug, naam]) => ({ id: themaId(slug as ThemaSlug), naam })),
  },
  {
    label: 'Doelgroep',
    shared: Object.entries(DOELGROEPEN).map(([slug, naam]) => ({
      id: doelgroepId(slug as DoelgroepSlug),
      naam,
    })),
  },
  {
    label: 'Steungroep',
    dates: ['opgericht'],
    rows: (d) =>
      d.steungroepen.map((s) => ({
        id: s.id,
        naam: s.naam,
        omschrijving: s.omschrijving,
        gemeente: s.gemeente,
        opgericht: s.opgericht ?? null,
      })),
  },
  // Spelled out, never spread: only these five properties may ever reach a resident node.
  {
    label: 'Inwoner',
    dates: ['toestemmingsdatum'],
    rows: (d) =>
      d.inwoners.map((i) => ({
        id: i.id,
        pseudoniem: i.pseudoniem,
        leeftijdsband: i.leeftijdsband,
        toestemmingsdatum: i.toestemmingsdatum,
        gemeente: i.gemeente,
      })),
  },
  {
    label: 'Partner',
    rows: (d) =>
      d.partners.map((p) => ({
        id: p.id,
        naam: p.naam,
        soort: p.soort,
        professioneel: p.professioneel,
        website: p.website ?? null,
        gemeente: p.gemeente,
      })),
  },
  {
    label: 'Activiteit',
    dates: ['laatstBevestigd'],
    ints: ['bereik'],
    rows: (d) =>
      d.activiteiten.map((a) => ({
        id: a.id,
        naam: a.naam,
        omschrijving: a.omschrijving,
        dag: a.dag,
        beginTijd: a.beginTijd,
        eindTijd: a.eindTijd,
        frequentie: a.frequentie,
        bereik: a.bereik,
        toegankelijk: a.toegankelijk,
        laatstBevestigd: a.laatstBevestigd,
        gemeente: a.gemeente,
      })),
  },
  {
    label: 'Locatie',
    ints: ['capaciteit'],
    rows: (d) =>
      d.locaties.map((l) => ({
        id: l.id,
        naam: l.naam,
        soort: l.soort,
        adres: l.adres ?? null,
        capaciteit: l.capaciteit,
        toegankelijk: l.toegankelijk,
        gemeente: l.gemeente,
      })),
  },
  {
    label: 'Signaal',
    dates: ['datum'],
    rows: (d) =>
      d.signalen.map((s) => ({
        id: s.id,
        titel: s.titel,
        omschrijving: s.omschrijving,
        bron: s.bron,
        status: s.status,
        datum: s.datum,
        gemeente: s.gemeente,
      })),
  },
  {
    label: 'Indicator',
    ints: ['jaar'],
    rows: (d) =>
      d.indicatoren.map((i) => ({
        id: i.id,
        naam: i.naam,
        jaar: i.jaar,
        waarde: i.waarde,
        eenheid: i.eenheid,
        bron: i.bron,
        illustratief: i.illustratief,
        gemeente: i.gemeente,
      })),
  },
  {
    label: 'MagDoel',
    rows: (d) => d.magDoelen.map((m) => ({ id: m.id, naam: m.naam, opgave: m.opgave, gemeente: m.gemeente })),
  },
];

const each = <T, R>(items: readonly T[], to: (item: T) => readonly R[]) => items.flatMap(to);

const RELS: readonly RelSpec[] = [
  {
    from: 'Kern',
    type: 'IN_GEMEENTE',
    to: 'Gemeente',
    rows: (d) => d.kernen.map((k) => ({ from: k.id, to: `Gemeente:${k.gemeente}` })),
  },
  {
    from: 'Wijk',
    type: 'IN_KERN',
    to: 'Kern',
    rows: (d) => d.wijken.map((w) => ({ from: w.id, to: w.kern })),
  },
  {
    from: 'Buurt',
    type: 'IN_WIJK',
    to: 'Wijk',
    rows: (d) => d.buurten.map((b) => ({ from: b.id, to: b.wijk })),
  },
  {
    from: 'Steungroep',
    type: 'IN_WIJK',
    to: 'Wijk',
    rows: (d) => d.steungroepen.map((s) => ({ from: s.id, to: s.wijk })),
  },
  {
    from: 'Steungroep',
    type: 'OVER',
    to: 'Thema',
    rows: (d) => each(d.steungroepen, (s) => s.themas.map((t) => ({ from: s.id, to: t }))),
  },
  {
    from: 'Activiteit',
    type: 'OVER',
    to: 'Thema',
    rows: (d) => each(d.activiteiten, (a) => a.themas.map((t) => ({ from: a.id, to: t }))),
  },
  {
    from: 'Signaal',
    type: 'OVER',
    to: 'Thema',
    rows: (d) => each(d.signalen, (s) => s.themas.map((t) => ({ from: s.id, to: t }))),
  },
  {
    from: 'Indicator',
    type: 'OVER',
    to: 'Thema',
    rows: (d) => each(d.indicatoren, (i) => i.themas.map((t) => ({ from: i.id, to: t }))),
  },
  {
    from: 'Steungroep',
    type: 'VOOR',
    to: 'Doelgroep',
    rows: (d) => each(d.steungroepen, (s) => s.doelgroepen.map((g) => ({ from: s.id, to: g }))),
  },
  {
    from: 'Activiteit',
    type: 'VOOR',
    to: 'Doelgroep',
    rows: (d) => each(d.activiteiten, (a) => a.doelgroepen.map((g) => ({ from: a.id, to: g }))),
  },
  {
    from: 'Partner',
    type: 'PARTNER_VAN',
    to: 'Steungroep',
    props: [{ name: 'kernteam' }],
    rows: (d) =>
      each(d.steungroepen, (s) =>
        s.partners.map((p) => ({ from: p.partner, to: s.id, kernteam: p.kernteam })),
      ),
  },
  {
    from: 'Inwoner',
    type: 'LID_VAN',
    to: 'Steungroep',
    props: [{ name: 'rol' }, { name: 'sinds', date: true }],
    rows: (d) =>
      each(d.inwoners, (i) =>
        i.lidmaatschappen.map((l) => ({ from: i.id, to: l.steungroep, rol: l.rol, sinds: l.sinds })),
      ),
  },
  {
    from: 'Inwoner',
    type: 'WOONT_IN',
    to: 'Buurt',
    rows: (d) => d.inwoners.map((i) => ({ from: i.id, to: i.buurt })),
  },
  {
    from: 'Partner',
    type: 'ACTIEF_IN',
    to: 'Wijk',
    rows: (d) => each(d.partners, (p) => p.actiefIn.map((w) => ({ from: p.id, to: w }))),
  },
  {
    from: 'Partner',
    type: 'ORGANISEERT',
    to: 'Activiteit',
    rows: (d) => each(d.activiteiten, (a) => a.organisatoren.map((p) => ({ from: p, to: a.id }))),
  },
  {
    from: 'Activiteit',
    type: 'HOORT_BIJ',
    to: 'Steungroep',
    rows: (d) => each(d.activiteiten, (a) => (a.steungroep ? [{ from: a.id, to: a.steungroep }] : [])),
  },
  {
    from: 'Activiteit',
    type: 'OP_LOCATIE',
    to: 'Locatie',
    rows: (d) => d.activiteiten.map((a) => ({ from: a.id, to: a.locatie })),
  },
  {
    from: 'Activiteit',
    type: 'DRAAGT_BIJ_AAN',
    to: 'MagDoel',
    rows: (d) => each(d.activiteiten, (a) => a.magDoelen.map((m) => ({ from: a.id, to: m }))),
  },
  {
    from: 'Locatie',
    type: 'IN_BUURT',
    to: 'Buurt',
    rows: (d) => d.locaties.map((l) => ({ from: l.id, to: l.buurt })),
  },
  {
    from: 'Locatie',
    type: 'BEHEERD_DOOR',
    to: 'Partner',
    rows: (d) => each(d.locaties, (l) => (l.beheerder ? [{ from: l.id, to: l.beheerder }] : [])),
  },
  {
    from: 'Signaal',
    type: 'IN_WIJK',
    to: 'Wijk',
    rows: (d) => d.signalen.map((s) => ({ from: s.id, to: s.wijk })),
  },
  {
    from: 'Signaal',
    type: 'EIGENAAR',
    to: 'Partner',
    rows: (d) => each(d.signalen, (s) => (s.eigenaar ? [{ from: s.id, to: s.eigenaar }] : [])),
  },
  {
    from: 'Indicator',
    type: 'VAN_WIJK',
    to: 'Wijk',
    rows: (d) => d.indicatoren.map((i) => ({ from: i.id, to: i.wijk })),
  },
];

export const relKey = (r: Pick<RelSpec, 'from' | 'type' | 'to'>) => `${r.from}-${r.type}->${r.to}`;

function nodeCypher(s: NodeSpec): string {
  const casts = [
    ...(s.dates ?? []).map((p) => `n.${p} = date(row.${p})`),
    ...(s.ints ?? []).map((p) => `n.${p} = toInteger(row.${p})`),
  ];
  return `UNWIND $rows AS row MERGE (n:${s.label} {id: row.id}) SET n += row${casts.length ? `, ${casts.join(', ')}` : ''}`;
}

function relCypher(s: RelSpec): string {
  const sets = (s.props ?? []).map(
    (p) => `r.${p.name} = ${p.date ? `date(row.${p.name})` : `row.${p.name}`}`,
  );
  return (
    `UNWIND $rows AS row MATCH (a:${s.from} {id: row.from}) MATCH (b:${s.to} {id: row.to}) ` +
    `MERGE (a)-[r:${s.type}]->(b)${sets.length ? ` SET ${sets.join(', ')}` : ''}`
  );
}

export interface SeedPlan {
  nodes: { spec: NodeSpec; rows: Row[] }[];
  rels: { spec: RelSpec; rows: Row[] }[];
}

/**
 * All rows to write, checked before anything touches the database: a relationship whose endpoint
 * is missing would otherwise be dropped silently by the MATCH.
 */
export function planSeed(datasets: readonly SeedDataset[] = DATASETS): SeedPlan {
  const labelOf = new Map<string, string>();
  const problems: string[] = [];
  const nodes = NODES.map((spec) => {
    const rows = spec.shared ?? datasets.flatMap((d) => spec.rows?.(d) ?? []);
    for (const row of rows) {
      const id = String(row.id);
      if (!id.startsWith(`${spec.label}:`)) problems.push(`${id} is not a ${spec.label} id`);
      if (labelOf.has(id)) problems.push(`duplicate id ${id}`);
      labelOf.set(id, spec.label);
    }
    return { spec, rows };
  });
  const rels = RELS.map((spec) => {
    const seen = new Map<string, Row>();
    for (const row of datasets.flatMap(spec.rows)) {
      for (const [end, label] of [
        ['from', spec.from],
        ['to', spec.to],
      ] as const) {
        if (labelOf.get(String(row[end])) !== label)
          problems.push(`${relKey(spec)}: no ${label} ${String(row[end])}`);
      }
      seen.set(`${String(row.from)}|${String(row.to)}`, row);
    }
    return { spec, rows: [...seen.values()] };
  });
  if (problems.length > 0) throw new Error(`Seed data is inconsistent:\n  ${problems.join('\n  ')}`);
  return { nodes, rels };
}

export function reportOf(plan: SeedPlan): SeedReport {
  return {
    nodes: Object.fromEntries(plan.nodes.map(({ spec, rows }) => [spec.label, rows.length])),
    relationships: Object.fromEntries(plan.rels.map(({ spec, rows }) => [relKey(spec), rows.length])),
  };
}

export async function seedDemo(db: Db): Promise<SeedReport> {
  const plan = planSeed();
  await db.write(async (tx) => {
    for (const { spec, rows } of plan.nodes) await tx.run(nodeCypher(spec), { rows });
    for (const { spec, rows } of plan.rels) await tx.run(relCypher(spec), { rows });
  });
  await seedUsers(db);
  return reportOf(plan);
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.query<{ present: boolean }>('RETURN EXISTS { MATCH (:Gemeente) } AS present');
  return !row?.present;
}
