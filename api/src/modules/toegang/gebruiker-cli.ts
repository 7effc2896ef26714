/**
 * `npm run gebruiker -w api -- <email> <rol> "<naam>" [GM…] [Steungroep:…]…`: creates a person who
 * can sign in, or updates their name, role, gemeenten (WERKT_VOOR) and groups, and sets their password, read from
 * WIJKWEB_WACHTWOORD (at least 12 characters). This is how the first administrator of a production
 * database comes about: the demo accounts do not work there.
 */
import pino from 'pino';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../neo4j.js';
import { Db } from '../../db/db.js';
import { PERSON_ROLES } from './actor-from-request.js';
import { hashPassword } from './passwords.js';
import { KOPPEL_GEBRUIKER } from './koppelingen.js';
import type { Role } from '../../core/actor.js';

const [email, rol, naam, ...rest] = process.argv.slice(2);
const gemeenten = rest.filter((a) => /^GM\d{4}$/.test(a));
const steungroepen = rest.filter((a) => !gemeenten.includes(a));
const wachtwoord = process.env.WIJKWEB_WACHTWOORD ?? '';
if (!email?.includes('@') || !PERSON_ROLES.includes(rol as Role) || !naam) {
  console.error(
    `Usage: WIJKWEB_WACHTWOORD=… npm run gebruiker -w api -- <email> <${PERSON_ROLES.join('|')}> "<naam>" [GM…] [Steungroep:…]…`,
  );
  process.exit(2);
}
if (wachtwoord.length < 12) {
  console.error('Set WIJKWEB_WACHTWOORD to a password of at least 12 characters.');
  process.exit(2);
}

const config = loadConfig();

/** The Neo4j of a running `npm start` when one answers, else NEO4J_URI's or a fresh embedded one. */
async function connect() {
  if (!config.NEO4J_URI) {
    const running = Db.connect({ uri: `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}` });
    if (await running.ping()) return { db: running, stop: () => running.close() };
    await running.close();
  }
  return openDatabase(config, pino({ level: 'warn' }), config.NEO4J_BOLT_PORT);
}

const database = await connect();
try {
  const hash = await hashPassword(wachtwoord);
  const [row] = await database.db.write((tx) =>
    tx.run<{ id: string; groepen: string[] }>(
      `MERGE (g:Gebruiker {email: $email})
       ON CREATE SET g.id = $id
       SET g.naam = $naam, g.rol = $rol, g.wachtwoordHash = $hash, g.demo = false
       WITH g
       OPTIONAL MATCH (g)-[old:VERANTWOORDELIJK_VOOR|WERKT_VOOR]->() DELETE old
       WITH DISTINCT g, {steungroepen: $steungroepen, gemeenten: $gemeenten} AS u
       ${KOPPEL_GEBRUIKER('u.steungroepen', 'u.gemeenten')}
       RETURN g.id AS id, [(g)-[:VERANTWOORDELIJK_VOOR]->(s:Steungroep) | s.id] AS groepen`,
      {
        email: email.trim().toLowerCase(),
        id: `Gebruiker:${randomUUID()}`,
        naam,
        rol,
        hash,
        steungroepen,
        gemeenten,
      },
    ),
  );
  const missing = steungroepen.filter((s) => !row!.groepen.includes(s));
  if (gemeenten.length) console.log(`Works for ${gemeenten.join(', ')} (unknown codes are skipped).`);
  console.log(
    `${row!.id} (${email}, ${rol}) can sign in${row!.groepen.length ? `; responsible for ${row!.groepen.join(', ')}` : ''}.`,
  );
  if (missing.length) console.warn(`Not found, so not linked: ${missing.join(', ')}`);
} finally {
  await database.stop();
}
