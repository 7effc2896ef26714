import DataLoader from 'dataloader';
import type { Db } from '../../db/db.js';
import type { LedenTellingRow, TellingRow } from '../../core/rows.js';

/** Counts from 1 to 4 could point at a person; they are shown as "fewer than 5" (DOMAIN.md). */
export function telling(n: number): TellingRow {
  return n > 0 && n < 5 ? { aantal: null, minderDanVijf: true } : { aantal: n, minderDanVijf: false };
}

const ROLLEN = ['KARTREKKER', 'VRIJWILLIGER', 'DEELNEMER'] as const;

/**
 * A group's counts, total and per role, with small cells hidden so that none can be worked out
 * from the others: when the hidden role counts add up to 1–4 (say a total of 12 shown beside 5
 * vrijwilligers and 5 deelnemers, which gives away 2 kartrekkers), the smallest role count still
 * shown is hidden as well, until the hidden ones add up to 0 or at least 5.
 */
export function ledenTelling(rollen: readonly string[]): LedenTellingRow {
  const counts = ROLLEN.map((rol) => rollen.filter((r) => r === rol).length);
  const hidden = counts.map((n) => n > 0 && n < 5);
  const hiddenSum = () => counts.reduce((sum, n, i) => sum + (hidden[i] ? n : 0), 0);
  while (hiddenSum() > 0 && hiddenSum() < 5) {
    const shown = counts.map((n, i) => ({ n, i })).filter(({ n, i }) => n > 0 && !hidden[i]);
    if (!shown.length) break; // all hidden: the total is 1 to 4 and hidden too
    const smallest = shown.reduce((a, b) => (b.n < a.n ? b : a));
    hidden[smallest.i] = true;
  }
  const cell = (i: number): TellingRow =>
    hidden[i] ? { aantal: null, minderDanVijf: counts[i]! < 5 } : telling(counts[i]!);
  return {
    totaal: telling(rollen.length),
    kartrekkers: cell(0),
    vrijwilligers: cell(1),
    deelnemers: cell(2),
  };
}

/** Member counts per role for many steungroepen in one query; no resident leaves the database. */
export function ledenTellingLoader(db: Db) {
  return new DataLoader<string, LedenTellingRow>(async (ids) => {
    const rows = await db.query<{ id: string; rollen: string[] }>(
      `UNWIND $ids AS id
       OPTIONAL MATCH (:Steungroep {id: id})<-[r:LID_VAN]-(:Inwoner)
       RETURN id, collect(r.rol) AS rollen`,
      { ids },
    );
    const byId = new Map(rows.map((r) => [r.id, r.rollen]));
    return ids.map((id) => ledenTelling(byId.get(id) ?? []));
  });
}
