/**
 * One gemeente's graph as the exports write it: its nodes (with the themes and target groups they
 * use from the shared vocabulary) and every relationship from them, in a stable order. Residents
 * only when the caller is a builder, and then only the members of their own groups with those
 * memberships; everyone else gets counts.
 */
import { mayReadResidentsOf, type Actor } from '../../core/actor.js';
import type { Label } from '../../core/kinds.js';
import type { Tx } from '../../db/db.js';
import { KNOOP_LABELS, RELATIES, type RelatieSpec } from '../bewerken/model.js';
import { telling } from '../steungroep/leden.js';

export interface ExportKnoop {
  label: Label;
  props: Record<string, unknown>;
}

export interface ExportRelatie {
  spec: RelatieSpec;
  van: string;
  naar: string;
  props: Record<string, unknown>;
}

export interface GemeenteGraaf {
  gemeente: string;
  knopen: ExportKnoop[];
  relaties: ExportRelatie[];
  /** Members per steungroep as the caller may see them: a number, or `<5`. */
  leden: Map<string, number | '<5'>;
  /** The residents included (their ids), for the audit trail. */
  inwoners: string[];
}

const byId = (a: { id?: unknown }, b: { id?: unknown }) => String(a.id).localeCompare(String(b.id));

export async function leesGemeente(tx: Tx, actor: Actor, gemeente: string): Promise<GemeenteGraaf | null> {
  const [bestaat] = await tx.run<{ n: number }>('MATCH (g:Gemeente {code: $gm}) RETURN count(g) AS n', {
    gm: gemeente,
  });
  if (!bestaat?.n) return null;
  const eigenGroepen = actor.steungroepen.filter((s) => mayReadResidentsOf(actor, s));
  const knopen: ExportKnoop[] = [];
  for (const label of KNOOP_LABELS) {
    const cypher =
      label === 'Inwoner'
        ? `MATCH (n:Inwoner)-[:LID_VAN]->(s:Steungroep) WHERE n.gemeente = $gm AND s.id IN $eigen RETURN DISTINCT properties(n) AS props`
        : label === 'Thema' || label === 'Doelgroep'
          ? `MATCH (n:${label}) WHERE EXISTS { (n)<--(m) WHERE m.gemeente = $gm AND NOT m:Inwoner } RETURN properties(n) AS props`
          : label === 'Gemeente'
            ? 'MATCH (n:Gemeente {code: $gm}) RETURN properties(n) AS props'
            : `MATCH (n:${label}) WHERE n.gemeente = $gm RETURN properties(n) AS props`;
    const rows = await tx.run<{ props: Record<string, unknown> }>(cypher, {
      gm: gemeente,
      eigen: eigenGroepen,
    });
    knopen.push(
      ...rows
        .map((r) => r.props)
        .sort(byId)
        .map((props) => ({ label, props })),
    );
  }
  const inwoners = knopen.filter((k) => k.label === 'Inwoner').map((k) => String(k.props.id));
  const relaties: ExportRelatie[] = [];
  for (const spec of RELATIES) {
    const filter =
      spec.type === 'LID_VAN'
        ? 'a.id IN $inwoners AND b.id IN $eigen'
        : spec.van === 'Inwoner'
          ? 'a.id IN $inwoners'
          : 'a.gemeente = $gm';
    const rows = await tx.run<{ van: string; naar: string; props: Record<string, unknown> }>(
      `MATCH (a:${spec.van})-[r:${spec.type}]->(b:${spec.naar}) WHERE ${filter}
       RETURN a.id AS van, b.id AS naar, properties(r) AS props ORDER BY van, naar`,
      { gm: gemeente, eigen: eigenGroepen, inwoners },
    );
    relaties.push(...rows.map((r) => ({ spec, ...r })));
  }
  const tellingen = await tx.run<{ id: string; n: number }>(
    `MATCH (s:Steungroep) WHERE s.gemeente = $gm RETURN s.id AS id, COUNT { (s)<-[:LID_VAN]-(:Inwoner) } AS n`,
    { gm: gemeente },
  );
  const leden = new Map<string, number | '<5'>();
  for (const t of tellingen) {
    const zichtbaar = eigenGroepen.includes(t.id) ? t.n : telling(t.n).aantal;
    leden.set(t.id, zichtbaar ?? '<5');
  }
  return { gemeente, knopen, relaties, leden, inwoners };
}
