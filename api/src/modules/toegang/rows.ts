import type { Role } from '../../core/actor.js';

/** The actor of a request, as `ik` answers it; related nodes are loaded by id when asked for. */
export type IkRow = {
  rol: Role;
  gebruiker: string | null;
  partner: string | null;
  steungroepen: readonly string[];
  sessieVerlooptOp: string | null;
};

/** A person as the API shows them: never the password hash. */
export type GebruikerRow = {
  id: string;
  naam: string;
  email: string;
  rol: Role;
};

export type ApiSleutelRow = {
  id: string;
  naam: string;
  voorvoegsel: string;
  partner: string;
  aangemaaktOp: string;
  ingetrokkenOp: string | null;
  laatstGebruiktOp: string | null;
};

export type NieuweApiSleutelRow = { sleutel: string; apiSleutel: ApiSleutelRow };

/** Cypher projection of an ApiSleutel `k` and its partner `p` onto ApiSleutelRow. */
export const API_SLEUTEL = `k { .id, .naam, .voorvoegsel, .aangemaaktOp, .ingetrokkenOp, .laatstGebruiktOp, partner: p.id }`;
