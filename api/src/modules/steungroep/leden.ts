import DataLoader from 'dataloader';
import type { Db } from '../../db/db.js';
import type { LedenTellingRow, TellingRow } from '../../core/rows.js';

/** Counts from 1 to 4 could point at a person; they are shown as "fewer than 5" (DOMAIN.md). */
export function telling(n: number): TellingRow {
  return n > 0 && n < 5 ? { aantal: null, minderDanVijf: true } : { aantal: n, minderDanVijf: false };
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
    return ids.map((id) => {
      const rollen = byId.get(id) ?? [];
      const count = (rol: string) => rollen.filter((r) => r === rol).length;
      return {
        totaal: telling(rollen.length),
        kartrekkers: telling(count('KARTREKKER')),
        vrijwilligers: telling(count('VRIJWILLIGER')),
        deelnemers: telling(count('DEELNEMER')),
      };
    });
  });
}
