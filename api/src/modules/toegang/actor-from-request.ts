import { ANONYMOUS, type Actor, type Role } from '../../core/actor.js';
import { domainError } from '../../core/errors.js';
import type { Db } from '../../db/db.js';
import { readCookie, sessionCookieName, type CurrentSession } from './session.js';
import { API_KEY_SHAPE, sha256 } from './tokens.js';

/**
 * The gemeenten a person works for: those named by WERKT_VOOR, and for a builder also those of the
 * groups they are responsible for (a builder of a Katwijk group works in Katwijk).
 */
export const GEMEENTEN_VAN = (g: string) =>
  `COLLECT { MATCH (${g})-[:WERKT_VOOR]->(gm:Gemeente) RETURN gm.code AS code
            UNION MATCH (${g})-[:VERANTWOORDELIJK_VOOR]->(sg:Steungroep) RETURN sg.gemeente AS code }`;

/** The roles a person (a Gebruiker) can have; PARTNER belongs to keys, ANONIEM to nobody. */
export const PERSON_ROLES: readonly Role[] = ['GEMEENTE', 'OPBOUWWERKER', 'WIJKTEAM', 'BEHEERDER'];

export interface Caller {
  actor: Actor;
  session: CurrentSession | null;
}

export interface Credentials {
  /** The Authorization header, if any. */
  authorization?: string;
  /** The Cookie header, if any. */
  cookie?: string;
}

/** Refused credentials. `fromCookie` tells the HTTP layer to clear the dead cookie as it answers. */
export class Unauthenticated extends Error {
  constructor(
    message: string,
    readonly fromCookie: boolean,
  ) {
    super(message);
  }

  toGraphQLError() {
    return domainError('UNAUTHENTICATED', this.message);
  }
}

/**
 * The one place that turns a request's credentials into its actor: a partner's API key
 * (`Authorization: Bearer …`) or a person's session cookie, else anonymous. Credentials that are
 * sent but bad, expired or revoked are refused with a reason, never quietly treated as anonymous:
 * a client that thinks it is signed in must learn that it is not.
 */
export async function actorFromRequest(
  db: Db,
  credentials: Credentials,
  opts: { production: boolean },
): Promise<Caller> {
  if (credentials.authorization !== undefined) {
    return { actor: await actorFromKey(db, credentials.authorization, opts.production), session: null };
  }
  const token = readCookie(credentials.cookie, sessionCookieName(opts.production));
  if (token) return actorFromSession(db, token, opts.production);
  return { actor: ANONYMOUS, session: null };
}

async function actorFromKey(db: Db, header: string, production: boolean): Promise<Actor> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    throw new Unauthenticated('The Authorization header must be `Bearer <API key>`.', false);
  }
  const key = match[1]!;
  if (!API_KEY_SHAPE.test(key)) throw new Unauthenticated('This is not a Wijkweb API key.', false);
  const [row] = await db.query<{
    id: string;
    partner: string;
    ingetrokkenOp: string | null;
    demo: boolean | null;
    stale: boolean;
  }>(
    `MATCH (k:ApiSleutel {hash: $hash})-[:VAN]->(p:Partner)
     RETURN k.id AS id, p.id AS partner, k.ingetrokkenOp AS ingetrokkenOp, k.demo AS demo,
            coalesce(k.laatstGebruiktOp < datetime() - duration('PT1H'), true) AS stale`,
    { hash: sha256(key) },
  );
  if (!row) throw new Unauthenticated('This API key is not known. Ask the administrator for a key.', false);
  if (row.ingetrokkenOp) {
    throw new Unauthenticated(
      `This API key was revoked on ${row.ingetrokkenOp.slice(0, 10)}. Ask the administrator for a new one.`,
      false,
    );
  }
  if (row.demo && production) throw new Unauthenticated('Demo keys do not work in production.', false);
  if (row.stale) {
    // To the hour, so that a busy partner costs one write an hour, not one per request.
    await db.write((tx) =>
      tx.run('MATCH (k:ApiSleutel {id: $id}) SET k.laatstGebruiktOp = datetime()', { id: row.id }),
    );
  }
  return { id: row.id, role: 'PARTNER', steungroepen: [], gemeenten: [], partner: row.partner };
}

async function actorFromSession(db: Db, token: string, production: boolean): Promise<Caller> {
  const [row] = await db.query<{
    id: string;
    verlooptOp: string;
    verlopen: boolean;
    gebruiker: string;
    rol: Role;
    demo: boolean | null;
    steungroepen: string[];
    gemeenten: string[];
  }>(
    `MATCH (s:Sessie {tokenHash: $hash})-[:VAN]->(g:Gebruiker)
     RETURN s.id AS id, s.verlooptOp AS verlooptOp, s.verlooptOp <= datetime() AS verlopen,
            g.id AS gebruiker, g.rol AS rol, g.demo AS demo,
            [(g)-[:VERANTWOORDELIJK_VOOR]->(sg:Steungroep) | sg.id] AS steungroepen,
            ${GEMEENTEN_VAN('g')} AS gemeenten`,
    { hash: sha256(token) },
  );
  if (!row)
    throw new Unauthenticated(
      'Your session is no longer valid (signed out, or ended elsewhere). Sign in again.',
      true,
    );
  if (row.verlopen) {
    await db.write((tx) => tx.run('MATCH (s:Sessie {id: $id}) DETACH DELETE s', { id: row.id }));
    throw new Unauthenticated('Your session has expired. Sign in again.', true);
  }
  if (row.demo && production) throw new Unauthenticated('Demo accounts do not work in production.', true);
  if (!PERSON_ROLES.includes(row.rol))
    throw new Unauthenticated('This account has no valid role. Ask the administrator.', true);
  return {
    actor: {
      id: row.gebruiker,
      role: row.rol,
      steungroepen: [...row.steungroepen].sort(),
      gemeenten: [...row.gemeenten].sort(),
    },
    session: { id: row.id, verlooptOp: row.verlooptOp },
  };
}
