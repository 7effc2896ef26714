/**
 * What an import would do, row by row: each row of the workbook checked (values, ids, references,
 * the caller's reach) and compared with what is stored, as created, changed, unchanged or rejected
 * with its reasons; and, when nothing is rejected, the one change to write. The same plan serves
 * the dry run (in a read transaction) and the real run (in the write transaction that applies it).
 */
import type { Actor } from '../../core/actor.js';
import type { Label } from '../../core/kinds.js';
import type { Tx } from '../../db/db.js';
import { stableUuid } from '../../seed/types.js';
import { afgeleidId, codeProbleem, idProbleem } from '../bewerken/ids.js';
import { KNOPEN, RELATIES, relatieSleutel, relatieTussen, relatiesVan } from '../bewerken/model.js';
import {
  geenWijzigingen,
  labelVan,
  laadToestand,
  type Toestand,
  type Wijzigingen,
} from '../bewerken/opslag.js';
import { gelijk, normaliseer, samenhang, standaardwaarde, verplicht } from '../bewerken/waarden.js';
import { controleerBereik } from './bereik.js';
import { ander, eigenaar, reden, type KnoopPlan, type RapportRij, type RelPlan } from './rapport.js';
import type { Eind, Ingelezen, KnoopRij, RelatieRij } from './formaat.js';

export type { ImportActie, RapportRij } from './rapport.js';

export interface Plan {
  rijen: RapportRij[];
  w: Wijzigingen;
  /** Ids the audit entry names. */
  doelen: string[];
}

/** The node rows' values, each checked on its own. */
function leesKnoop(rij: KnoopRij, gemeente: string): KnoopPlan {
  const spec = KNOPEN[rij.label];
  const rapport: RapportRij = {
    blad: rij.blad,
    rij: rij.rij,
    soort: rij.label,
    id: rij.id,
    van: null,
    naar: null,
    actie: 'ONGEWIJZIGD',
    gewijzigd: [],
    redenen: [],
  };
  for (const kolom of rij.verboden) {
    reden(
      rapport,
      kolom,
      'VERBODEN_VELD',
      'Over inwoners bewaren we alleen pseudoniem, leeftijdsband, toestemmingsdatum en buurt: deze cel moet leeg zijn.',
    );
  }
  const props: Record<string, unknown> = {};
  for (const [naam, cel] of Object.entries(rij.waarden)) {
    if (naam === 'gemeente') {
      if (cel !== null && String(cel).trim() !== gemeente)
        reden(rapport, naam, 'ANDERE_GEMEENTE', `Deze import is voor gemeente ${gemeente}.`);
      continue;
    }
    const prop = spec.props.find((p) => p.naam === naam)!;
    const uit = normaliseer(prop, cel, 'cel');
    if (!uit.ok) reden(rapport, naam, uit.code, uit.bericht);
    else props[naam] = uit.waarde;
  }
  if (rij.label === 'Gemeente' && typeof props.code === 'string' && props.code !== gemeente) {
    reden(rapport, 'code', 'ANDERE_GEMEENTE', `Deze import is voor gemeente ${gemeente}.`);
  }
  return { rij, rapport, props, id: null, veranderd: {} };
}

/**
 * Gives every node row its id: as given, or made from its properties (an indicator's from its wijk,
 * a Kumu resident's from its first group, so that importing the same map twice finds it again).
 */
function geefIds(knopen: KnoopPlan[], relaties: readonly RelatieRij[], gemeente: string): void {
  const plannen = new Map(knopen.map((k) => [k.rij, k]));
  const eindId = (e: Eind | null) => (!e ? null : 'id' in e ? e.id : (plannen.get(e.knoop)?.id ?? null));
  const verbondenMet = (k: KnoopPlan, doel: Label) =>
    relaties
      .flatMap((r) =>
        r.van && 'knoop' in r.van && r.van.knoop === k.rij
          ? [eindId(r.naar)]
          : r.naar && 'knoop' in r.naar && r.naar.knoop === k.rij
            ? [eindId(r.van)]
            : [],
      )
      .filter((id): id is string => !!id && labelVan(id) === doel)
      .sort();
  const gezien = new Map<string, KnoopPlan>();
  for (const laat of [false, true]) {
    for (const k of knopen) {
      if ((k.rij.label === 'Indicator' || k.rij.label === 'Inwoner') !== laat) continue;
      if (k.rij.id) {
        const probleem = idProbleem(k.rij.label, k.rij.id, gemeente);
        if (probleem) reden(k.rapport, 'id', 'ONGELDIG', probleem);
        k.id = k.rij.id;
      } else if (k.rij.label === 'Inwoner') {
        const groep = verbondenMet(k, 'Steungroep')[0];
        if (groep && typeof k.props.pseudoniem === 'string')
          k.id = `Inwoner:${stableUuid(`kumu:${gemeente}:${groep}:${k.props.pseudoniem}`)}`;
        else if (!k.rapport.redenen.length)
          reden(
            k.rapport,
            'id',
            'VERPLICHT',
            'Een inwoner heeft een id nodig (`Inwoner:<uuid>`), of in Kumu een verbinding met een steungroep.',
          );
      } else {
        k.id = afgeleidId(k.rij.label, k.props, gemeente, verbondenMet(k, 'Wijk')[0]);
        if (!k.id && !k.rapport.redenen.length)
          reden(
            k.rapport,
            'id',
            'VERPLICHT',
            'Vul een id in, of de velden waar het uit volgt (naam, code; voor een indicator ook de wijk).',
          );
      }
      k.rapport.id = k.id;
      if (k.id && gezien.has(k.id))
        reden(
          k.rapport,
          'id',
          'DUBBEL',
          `Dit id staat al in ${gezien.get(k.id)!.rij.blad} rij ${gezien.get(k.id)!.rij.rij}.`,
        );
      else if (k.id) gezien.set(k.id, k);
    }
  }
}

/** Compares a node row with what is stored (or what a new node would be). */
function vergelijkKnoop(k: KnoopPlan, gemeente: string): void {
  const label = k.rij.label;
  const spec = KNOPEN[label];
  if (k.huidig && (spec.scoped || label === 'Gemeente') && k.huidig.props.gemeente !== gemeente) {
    reden(
      k.rapport,
      'id',
      'ANDERE_GEMEENTE',
      `Dit id hoort bij gemeente ${String(k.huidig.props.gemeente)}.`,
    );
    return;
  }
  const fout = new Set(k.rapport.redenen.map((r) => r.veld));
  if (!k.huidig) {
    for (const p of spec.props) {
      const waarde = k.props[p.naam] ?? standaardwaarde(p);
      if (waarde === null && p.verplicht && !fout.has(p.naam)) k.rapport.redenen.push(verplicht(p.naam));
      k.veranderd[p.naam] = waarde;
    }
    if (spec.scoped || label === 'Gemeente') k.veranderd.gemeente = gemeente;
    const code = codeProbleem(label, k.props.code, gemeente);
    if (code) reden(k.rapport, 'code', 'ONGELDIG', code);
    k.rapport.redenen.push(...samenhang(label, k.veranderd, (v) => v));
    k.rapport.actie = 'AANGEMAAKT';
    return;
  }
  for (const p of spec.props) {
    if (!(p.naam in k.props)) continue;
    const waarde = k.props[p.naam];
    if (waarde === null && p.verplicht) k.rapport.redenen.push(verplicht(p.naam));
    else if (!gelijk(waarde, k.huidig.props[p.naam])) {
      if (p.onveranderlijk)
        reden(k.rapport, p.naam, 'ONVERANDERLIJK', 'Dit is de sleutel en verandert niet.');
      else {
        k.veranderd[p.naam] = waarde;
        k.rapport.gewijzigd.push(p.naam);
      }
    }
  }
  k.rapport.redenen.push(...samenhang(label, { ...k.huidig.props, ...k.props }, (v) => v));
  k.rapport.actie = k.rapport.gewijzigd.length ? 'GEWIJZIGD' : 'ONGEWIJZIGD';
}

/** Which relationship a row means, its ends in the right direction, and its properties. */
function leesRelatie(rij: RelatieRij, ids: (e: Eind | null) => string | null): RelPlan {
  const rapport: RapportRij = {
    blad: rij.blad,
    rij: rij.rij,
    soort: rij.type ?? 'relatie',
    id: null,
    van: null,
    naar: null,
    actie: 'ONGEWIJZIGD',
    gewijzigd: [],
    redenen: [],
  };
  const p: RelPlan = { rij, rapport, props: {}, weg: [] };
  if (rij.probleem) rapport.redenen.push(rij.probleem);
  let van = ids(rij.van);
  let naar = ids(rij.naar);
  if (!van && !rij.probleem) rapport.redenen.push(verplicht('van'));
  if (!naar && !rij.probleem) rapport.redenen.push(verplicht('naar'));
  if (!van || !naar) return p;
  const [vanLabel, naarLabel] = [labelVan(van), labelVan(naar)];
  if (!vanLabel || !naarLabel) {
    reden(
      rapport,
      !vanLabel ? 'van' : 'naar',
      'ONGELDIG',
      'Dit is geen Wijkweb-id: een id begint met de soort, zoals `Wijk:GM0537-WK01`.',
    );
    return p;
  }
  const tussen = relatieTussen(vanLabel, naarLabel);
  if (!tussen || (rij.type && tussen.spec.type !== rij.type.toUpperCase())) {
    const soorten = RELATIES.filter((r) => r.van === vanLabel).map((r) => `${r.type} (naar ${r.naar})`);
    reden(
      rapport,
      'type',
      'ONBEKENDE_WAARDE',
      `Een ${vanLabel} en een ${naarLabel} hebben ${rij.type ? `geen relatie ${rij.type}` : 'geen relatie'} in het model. Vanuit ${vanLabel}: ${soorten.join(', ') || 'geen'}.`,
    );
    return p;
  }
  if (tussen.omgekeerd) [van, naar] = [naar, van];
  p.spec = tussen.spec;
  p.van = van;
  p.naar = naar;
  Object.assign(rapport, { soort: tussen.spec.type, van, naar });
  for (const [naam, cel] of Object.entries(rij.waarden)) {
    const prop = tussen.spec.props.find((x) => x.naam === naam);
    if (!prop) {
      if (cel !== null && String(cel).trim() !== '')
        reden(
          rapport,
          naam,
          'ONGELDIG',
          `${tussen.spec.type} heeft geen eigenschap ‘${naam}’: laat deze cel leeg.`,
        );
      continue;
    }
    const uit = normaliseer(prop, cel, 'cel');
    if (!uit.ok) reden(rapport, naam, uit.code, uit.bericht);
    else if (uit.waarde !== null) p.props[naam] = uit.waarde;
  }
  return p;
}

export async function maakPlan(tx: Tx, actor: Actor, gemeente: string, ingelezen: Ingelezen): Promise<Plan> {
  const knopen = ingelezen.knopen.map((rij) => leesKnoop(rij, gemeente));
  geefIds(knopen, ingelezen.relaties, gemeente);
  const perRij = new Map(knopen.map((k) => [k.rij, k]));
  const relaties = ingelezen.relaties.map((rij) =>
    leesRelatie(rij, (e) => (!e ? null : 'id' in e ? e.id : (perRij.get(e.knoop)?.id ?? null))),
  );

  const toestand = await laadToestand(tx, [
    `Gemeente:${gemeente}`,
    ...knopen.flatMap((k) => (k.id ? [k.id] : [])),
    ...relaties.flatMap((r) => [r.van, r.naar].filter((x): x is string => !!x)),
  ]);
  const inWerkboek = new Map(knopen.filter((k) => k.id).map((k) => [k.id!, k]));
  for (const k of knopen) {
    if (!k.id || k.rapport.redenen.some((r) => r.code === 'DUBBEL')) continue;
    k.huidig = toestand.get(k.id);
    vergelijkKnoop(k, gemeente);
  }

  vergelijkRelaties(relaties, toestand, inWerkboek, gemeente);
  eisRelaties(knopen, relaties);
  const nieuweKernen = knopen.filter((k) => k.rij.label === 'Kern' && !k.huidig && k.id);
  controleerBereik(actor, knopen, relaties, toestand);
  if (
    !toestand.has(`Gemeente:${gemeente}`) &&
    !knopen.some((k) => k.rij.label === 'Gemeente' && k.id === `Gemeente:${gemeente}`)
  ) {
    const eerste = knopen[0] ?? relaties[0];
    if (eerste)
      reden(
        eerste.rapport,
        'gemeente',
        'ONBEKENDE_VERWIJZING',
        `Gemeente ${gemeente} bestaat nog niet: voeg een blad Gemeente toe met code en naam.`,
      );
  }

  const rijen = [...knopen.map((k) => k.rapport), ...relaties.map((r) => r.rapport)];
  for (const r of rijen) if (r.redenen.length) r.actie = 'AFGEWEZEN';
  const w = geenWijzigingen();
  const doelen = new Set<string>([`Gemeente:${gemeente}`]);
  if (rijen.some((r) => r.actie === 'AFGEWEZEN')) return { rijen, w, doelen: [...doelen] };

  for (const k of knopen) {
    if (!Object.keys(k.veranderd).length) continue;
    w.knopen.push({ label: k.rij.label, id: k.id!, props: k.veranderd });
    doelen.add(k.id!);
    if (k.rij.label === 'Steungroep' && !k.huidig && actor.role === 'OPBOUWWERKER' && actor.id) {
      w.verantwoordelijk.push({ gebruiker: actor.id, steungroep: k.id! });
    }
  }
  const inGemeente = RELATIES.find((r) => r.afgeleid)!;
  for (const k of nieuweKernen) {
    if (!relaties.some((r) => r.spec === inGemeente && r.van === k.id)) {
      w.relatiesErbij.push({ spec: inGemeente, van: k.id!, naar: `Gemeente:${gemeente}`, props: {} });
    }
  }
  for (const r of relaties) {
    if (r.rapport.actie === 'ONGEWIJZIGD') continue;
    const props =
      r.rapport.actie === 'AANGEMAAKT'
        ? Object.fromEntries(r.spec!.props.map((p) => [p.naam, r.props[p.naam] ?? standaardwaarde(p)]))
        : r.props;
    for (const oud of r.weg) w.relatiesWeg.push({ spec: r.spec!, van: r.van!, naar: oud });
    w.relatiesErbij.push({ spec: r.spec!, van: r.van!, naar: r.naar!, props });
    doelen.add(r.van!).add(r.naar!);
  }
  return { rijen, w, doelen: [...doelen] };
}

/** Each relationship row against the stored graph: its ends exist, and what it changes. */
function vergelijkRelaties(
  relaties: RelPlan[],
  toestand: Map<string, Toestand>,
  inWerkboek: Map<string, KnoopPlan>,
  gemeente: string,
): void {
  const gezien = new Map<string, RelPlan>();
  for (const r of relaties) {
    if (!r.spec) continue;
    for (const kant of ['van', 'naar'] as const) {
      const id = r[kant]!;
      const opgeslagen = toestand.get(id);
      const label = labelVan(id)!;
      if (!inWerkboek.has(id) && !opgeslagen)
        reden(
          r.rapport,
          kant,
          'ONBEKENDE_VERWIJZING',
          `Er bestaat geen ${label} met id \`${id}\`, ook niet in dit werkboek.`,
        );
      else if (
        !inWerkboek.has(id) &&
        (KNOPEN[label].scoped || label === 'Gemeente') &&
        opgeslagen!.props.gemeente !== gemeente
      ) {
        reden(
          r.rapport,
          kant,
          'ANDERE_GEMEENTE',
          `Deze ${label} hoort bij gemeente ${String(opgeslagen!.props.gemeente)}, niet bij ${gemeente}.`,
        );
      }
    }
    const sleutel = `${relatieSleutel(r.spec)}|${r.van}|${r.spec.een ? '' : r.naar}`;
    const eerder = gezien.get(sleutel);
    if (eerder) {
      reden(
        r.rapport,
        'naar',
        'DUBBEL',
        eerder.naar === r.naar
          ? `Deze relatie staat al in ${eerder.rij.blad} rij ${eerder.rij.rij}.`
          : `Een ${r.spec.van} heeft maar één ${r.spec.type}; ${eerder.rij.blad} rij ${eerder.rij.rij} noemt al ${eerder.naar}.`,
      );
      continue;
    }
    gezien.set(sleutel, r);
    const bij = toestand.get(eigenaar(r))?.rels[r.spec.veld] ?? [];
    const bestaand = bij.find((b) => b.id === ander(r));
    if (bestaand) {
      r.rapport.gewijzigd = Object.keys(r.props).filter((k) => !gelijk(r.props[k], bestaand.props[k]));
      r.rapport.actie = r.rapport.gewijzigd.length ? 'GEWIJZIGD' : 'ONGEWIJZIGD';
    } else {
      for (const p of r.spec.props)
        if (p.verplicht && !(p.naam in r.props)) r.rapport.redenen.push(verplicht(p.naam));
      r.weg = r.spec.een ? bij.map((b) => b.id) : [];
      r.rapport.actie = r.weg.length ? 'GEWIJZIGD' : 'AANGEMAAKT';
      if (r.weg.length) r.rapport.gewijzigd = ['naar'];
    }
  }
}

/** A new wijk needs its kern, a new buurt its wijk, and so on: in the workbook, since none is stored. */
function eisRelaties(knopen: KnoopPlan[], relaties: RelPlan[]): void {
  for (const k of knopen) {
    if (k.huidig || !k.id || k.rapport.redenen.length) continue;
    for (const spec of relatiesVan(k.rij.label).filter((s) => s.een && s.verplicht && !s.afgeleid)) {
      if (!relaties.some((r) => r.spec === spec && r.van === k.id)) {
        reden(
          k.rapport,
          spec.veld,
          'VERPLICHT',
          `Een nieuwe ${spec.van} heeft een relatie ${spec.type} naar een ${spec.naar} nodig (in Relaties of Connections).`,
        );
      }
    }
  }
}
