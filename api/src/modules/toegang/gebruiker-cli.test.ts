import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Db } from '../../db/db.js';
import { removeTestAccounts } from '../../testing/accounts.js';
import { httpClient } from '../../testing/http.js';

const run = promisify(execFile);
const db = Db.connect({ uri: inject('neo4jUri') });
const EMAIL = 'cli-beheerder@test.wijkweb.example';
afterAll(async () => {
  const rows = await db.query<{ id: string }>('MATCH (g:Gebruiker {email: $email}) RETURN g.id AS id', {
    email: EMAIL,
  });
  await removeTestAccounts(
    db,
    rows.map((r) => r.id),
  );
  await db.close();
});

describe('npm run gebruiker', () => {
  it('makes a person who can sign in, with the password from the environment', async () => {
    const cli = join(import.meta.dirname, 'gebruiker-cli.ts');
    const env = {
      ...process.env,
      NEO4J_URI: inject('neo4jUri'),
      WIJKWEB_WACHTWOORD: 'een-lang-genoeg-wachtwoord',
    };
    const { stdout } = await run(
      'npx',
      ['tsx', cli, EMAIL, 'OPBOUWWERKER', 'CLI Test', 'Steungroep:hoornesgroep'],
      { env },
    );
    expect(stdout).toMatch(/can sign in; responsible for Steungroep:hoornesgroep/);
    const http = httpClient();
    const cookie = await http.signIn(EMAIL, 'een-lang-genoeg-wachtwoord');
    const me = await http.post<{ ik: { rol: string; steungroepen: { id: string }[] } }>(
      '{ ik { rol steungroepen { id } } }',
      {},
      { cookie },
    );
    expect(me.body!.data!.ik).toEqual({
      rol: 'OPBOUWWERKER',
      steungroepen: [{ id: 'Steungroep:hoornesgroep' }],
    });
  });

  it('refuses a short password', async () => {
    const cli = join(import.meta.dirname, 'gebruiker-cli.ts');
    const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), WIJKWEB_WACHTWOORD: 'kort' };
    await expect(run('npx', ['tsx', cli, EMAIL, 'BEHEERDER', 'CLI Test'], { env })).rejects.toMatchObject({
      code: 2,
    });
  });
});
