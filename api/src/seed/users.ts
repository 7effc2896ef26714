/**
 * Demo people and a demo partner key, so the demo can be tried in every role. Their passwords
 * and the key are written here and in the README, so they carry `demo: true` and are refused
 * when NODE_ENV is production (sign-in and actor-from-request check it). Idempotent: people and
 * keys are MERGEd on id; a password is hashed and set only when the account is new, so a second
 * seed run changes nothing (and does not undo a changed password).
 */
import type { Role } from '../core/actor.js';
import type { Db } from '../db/db.js';
import { hashPassword } from '../modules/toegang/passwords.js';
import { keyPrefix, sha256 } from '../modules/toegang/tokens.js';
import { KOPPEL_GEBRUIKER } from '../modules/toegang/koppelingen.js';

export interface DemoUser {
  id: string;
  email: string;
  naam: string;
  rol: Role;
  wachtwoord: string;
  verantwoordelijkVoor: string[];
  /** Codes of the gemeenten the person works for: where the municipality and wijkteam may edit. */
  werktVoor: string[];
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: 'Gebruiker:demo-beheerder',
    email: 'beheerder@wijkweb.example',
    naam: 'Bram Beheer',
    rol: 'BEHEERDER',
    wachtwoord: 'demo-beheerder',
    verantwoordelijkVoor: [],
    werktVoor: [],
  },
  {
    id: 'Gebruiker:demo-gemeente',
    email: 'beleid@katwijk.example',
    naam: 'Greet Gemeente (beleidsadviseur)',
    rol: 'GEMEENTE',
    wachtwoord: 'demo-gemeente',
    verantwoordelijkVoor: [],
    werktVoor: ['GM0537'],
  },
  {
    id: 'Gebruiker:demo-opbouwwerker',
    email: 'opbouwwerker@welzijnskwartier.example',
    naam: 'Olga Opbouw (opbouwwerker De Hoornes)',
    rol: 'OPBOUWWERKER',
    wachtwoord: 'demo-opbouwwerker',
    verantwoordelijkVoor: ['Steungroep:hoornesgroep'],
    werktVoor: ['GM0537'],
  },
  {
    id: 'Gebruiker:demo-wijkteam',
    email: 'wijkteam@katwijk.example',
    naam: 'Wim Wijkteam',
    rol: 'WIJKTEAM',
    wachtwoord: 'demo-wijkteam',
    verantwoordelijkVoor: [],
    werktVoor: ['GM0537'],
  },
];

export const DEMO_API_KEYS = [
  {
    id: 'ApiSleutel:demo-dunavie',
    partner: 'Partner:dunavie',
    naam: 'Demo-sleutel Dunavie',
    sleutel: 'wijkweb_demo-dunavie-alleen-buiten-productie',
  },
] as const;

export async function seedUsers(db: Db): Promise<void> {
  const existing = new Set(
    (
      await db.query<{ id: string }>('MATCH (g:Gebruiker) WHERE g.id IN $ids RETURN g.id AS id', {
        ids: DEMO_USERS.map((u) => u.id),
      })
    ).map((r) => r.id),
  );
  const users = await Promise.all(
    DEMO_USERS.map(async ({ wachtwoord, ...u }) => ({
      ...u,
      wachtwoordHash: existing.has(u.id) ? null : await hashPassword(wachtwoord),
    })),
  );
  const keys = DEMO_API_KEYS.map(({ sleutel, ...k }) => ({
    ...k,
    hash: sha256(sleutel),
    voorvoegsel: keyPrefix(sleutel),
  }));
  await db.write(async (tx) => {
    await tx.run(
      `UNWIND $users AS u
       MERGE (g:Gebruiker {id: u.id})
       ON CREATE SET g.wachtwoordHash = u.wachtwoordHash
       SET g.email = u.email, g.naam = u.naam, g.rol = u.rol, g.demo = true
       WITH g, u
       ${KOPPEL_GEBRUIKER('u.verantwoordelijkVoor', 'u.werktVoor')}`,
      { users },
    );
    await tx.run(
      `UNWIND $keys AS k
       MATCH (p:Partner {id: k.partner})
       MERGE (s:ApiSleutel {id: k.id})
       ON CREATE SET s.aangemaaktOp = datetime()
       SET s.naam = k.naam, s.hash = k.hash, s.voorvoegsel = k.voorvoegsel, s.demo = true
       MERGE (s)-[:VAN]->(p)`,
      { keys },
    );
  });
}
