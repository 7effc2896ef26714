/**
 * A row of an import report, and the plans the planner keeps per row while it works.
 */
import type { Toestand } from '../bewerken/opslag.js';
import type { RelatieSpec } from '../bewerken/model.js';
import type { VeldFout } from '../bewerken/waarden.js';
import type { KnoopRij, RelatieRij } from './formaat.js';

export type ImportActie = 'AANGEMAAKT' | 'GEWIJZIGD' | 'ONGEWIJZIGD' | 'AFGEWEZEN';

export interface RapportRij {
  blad: string;
  rij: number;
  /** The node kind, or the relationship type. */
  soort: string;
  id: string | null;
  van: string | null;
  naar: string | null;
  actie: ImportActie;
  /** The columns whose values change. */
  gewijzigd: string[];
  redenen: VeldFout[];
}

export interface KnoopPlan {
  rij: KnoopRij;
  rapport: RapportRij;
  props: Record<string, unknown>;
  id: string | null;
  huidig?: Toestand;
  veranderd: Record<string, unknown>;
}

export interface RelPlan {
  rij: RelatieRij;
  rapport: RapportRij;
  spec?: RelatieSpec;
  van?: string;
  naar?: string;
  props: Record<string, unknown>;
  /** What a single-valued relationship pointed at before, to be replaced. */
  weg: string[];
}

export const reden = (r: RapportRij, veld: string, code: VeldFout['code'], bericht: string) =>
  r.redenen.push({ veld, code, bericht });
export const eigenaar = (p: RelPlan) => (p.spec!.eigenaar === p.spec!.van ? p.van! : p.naar!);
export const ander = (p: RelPlan) => (p.spec!.eigenaar === p.spec!.van ? p.naar! : p.van!);
