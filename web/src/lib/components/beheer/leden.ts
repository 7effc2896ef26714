import type { LidRol } from '$lib/graphql/__generated__/graphql.js';

/** The age bands the API accepts (schema/bewerken.graphql, NieuweInwonerInvoer). */
export const LEEFTIJDSBANDEN = ['18-29', '30-49', '50-64', '65-79', '80+'] as const;
export const ROLLEN: readonly LidRol[] = ['KARTREKKER', 'VRIJWILLIGER', 'DEELNEMER'];

/** One membership as the members page shows it. */
export interface Lid {
  rol: LidRol;
  sinds?: string | null;
  inwoner: {
    id: string;
    pseudoniem: string;
    leeftijdsband: string;
    toestemmingsdatum: string;
    buurt?: { id: string; naam: string } | null;
  };
}

/** Blank form text as the API's "not given". */
export const ofNull = (tekst: string): string | null => (tekst.trim() === '' ? null : tekst.trim());

/** A route's `[steungroepId]`: the full id (`Steungroep:hoornesgroep`) or just its key. */
export const steungroepId = (param: string): string => (param.includes(':') ? param : `Steungroep:${param}`);
