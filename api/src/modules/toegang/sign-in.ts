import { randomUUID } from 'node:crypto';
import type { Actor, Role } from '../../core/actor.js';
import { ANONYMOUS } from '../../core/actor.js';
import type { Context } from '../../core/context.js';
import { badInput, domainError } from '../../core/errors.js';
import { auditEntry, writeAudit } from '../audit/trail.js';
import { GEMEENTEN_VAN } from './actor-from-request.js';
import { MAX_PASSWORD_LENGTH, dummyHash, hashPassword, needsRehash, verifyPassword } from './passwords.js';
import type { IkRow } from './rows.js';
import { SESSION_HOURS } from './session.js';
import { newSessionToken, sha256 } from './tokens.js';

type Account = {
  id: string;
  rol: Role;
  wachtwoordHash: string;
  demo: boolean | null;
  steungroepen: string[];
  gemeenten: string[];
};

/** 401 rather than 200, so the failed-authentication rate limit counts wrong passwords too. */
const refused = (message: string) => domainError('UNAUTHENTICATED', message, { http: { status: 401 } });

/**
 * Checks email and password, then starts a session: a random token goes to the browser as a
 * cookie and only its hash is stored, with an expiry, so a copy of the database signs nobody in.
 * One write transaction ends the request's previous session, sweeps expired ones, starts the new
 * one and records the sign-in.
 */
export async function inloggen(ctx: Context, email: string, wachtwoord: string): Promise<IkRow> {
  const normalised = email.trim().toLowerCase();
  if (!normalised || normalised.length > 254)
    throw badInput('Enter the email address of your account.', 'email');
  if (!wachtwoord || wachtwoord.length > MAX_PASSWORD_LENGTH)
    throw badInput('Enter your password.', 'wachtwoord');

  const [account] = await ctx.db.query<Account>(
    `MATCH (g:Gebruiker {email: $email})
     RETURN g.id AS id, g.rol AS rol, g.wachtwoordHash AS wachtwoordHash, g.demo AS demo,
            [(g)-[:VERANTWOORDELIJK_VOOR]->(s:Steungroep) | s.id] AS steungroepen,
            ${GEMEENTEN_VAN('g')} AS gemeenten`,
    { email: normalised },
  );
  const ok = await verifyPassword(wachtwoord, account?.wachtwoordHash ?? (await dummyHash()));
  if (!account || !ok) {
    await ctx.db.write((tx) =>
      writeAudit(tx, [auditEntry(ANONYMOUS, 'INLOGGEN_MISLUKT', account ? [account.id] : [])]),
    );
    throw refused('Email address or password is wrong.');
  }
  if (account.demo && ctx.session.production) {
    await ctx.db.write((tx) => writeAudit(tx, [auditEntry(ANONYMOUS, 'INLOGGEN_MISLUKT', [account.id])]));
    throw refused('Demo accounts do not work in production.');
  }

  const actor: Actor = {
    id: account.id,
    role: account.rol,
    steungroepen: [...account.steungroepen].sort(),
    gemeenten: [...account.gemeenten].sort(),
  };
  const token = newSessionToken();
  const rehash = needsRehash(account.wachtwoordHash) ? await hashPassword(wachtwoord) : null;
  const entry = auditEntry(actor, 'INGELOGD', [account.id]);
  const sessieId = `Sessie:${randomUUID()}`;
  const [started] = await ctx.db.write(async (tx) => {
    if (ctx.session.current) {
      await tx.run('MATCH (s:Sessie {id: $id}) DETACH DELETE s', { id: ctx.session.current.id });
    }
    await tx.run('MATCH (s:Sessie) WHERE s.verlooptOp <= datetime() WITH s LIMIT 1000 DETACH DELETE s');
    if (rehash)
      await tx.run('MATCH (g:Gebruiker {id: $id}) SET g.wachtwoordHash = $hash', {
        id: account.id,
        hash: rehash,
      });
    await writeAudit(tx, [entry]);
    return tx.run<{ verlooptOp: string }>(
      `MATCH (g:Gebruiker {id: $gebruiker})
       MERGE (s:Sessie {id: $id})
       ON CREATE SET s.tokenHash = $tokenHash, s.aangemaaktOp = datetime(),
                     s.verlooptOp = datetime() + duration({hours: $hours})
       MERGE (s)-[:VAN]->(g)
       RETURN s.verlooptOp AS verlooptOp`,
      { gebruiker: account.id, id: sessieId, tokenHash: sha256(token), hours: SESSION_HOURS },
    );
  });
  ctx.session.start(token, new Date(started!.verlooptOp));
  return {
    rol: actor.role,
    gebruiker: actor.id,
    partner: null,
    steungroepen: actor.steungroepen,
    sessieVerlooptOp: started!.verlooptOp,
  };
}

/** Ends the request's session, if it had one; the cookie is cleared either way. */
export async function uitloggen(ctx: Context): Promise<boolean> {
  const current = ctx.session.current;
  ctx.session.end();
  if (!current) return false;
  const entry = auditEntry(ctx.actor, 'UITGELOGD', ctx.actor.id ? [ctx.actor.id] : []);
  await ctx.db.write(async (tx) => {
    await tx.run('MATCH (s:Sessie {id: $id}) DETACH DELETE s', { id: current.id });
    await writeAudit(tx, [entry]);
  });
  return true;
}
