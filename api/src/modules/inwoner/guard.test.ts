import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { createContext } from '../../core/context.js';
import { Db } from '../../db/db.js';
import { resolvers } from './resolvers.js';

const db = Db.connect({ uri: inject('neo4jUri') });
afterAll(() => db.close());

const builder: Actor = {
  id: 'guard-test',
  role: 'OPBOUWWERKER',
  steungroepen: ['Steungroep:hoornesgroep'],
  gemeenten: [],
};
const row = { id: 'Inwoner:guard-test', verbindingen: 0, pseudoniem: 'Niet-zichtbaar', leeftijdsband: '80+' };
type FieldResolver = (parent: unknown, args: unknown, ctx: unknown) => unknown;
const field = (name: string) => (resolvers.Inwoner as Record<string, FieldResolver>)[name]!;

describe('an Inwoner row', () => {
  it('that reached GraphQL without a checked and recorded read is FORBIDDEN in every field', async () => {
    const ctx = createContext(db, builder);
    for (const name of ['id', 'pseudoniem', 'leeftijdsband', 'toestemmingsdatum', 'verbindingen', 'buurt']) {
      await expect(Promise.resolve().then(() => field(name)(row, {}, ctx))).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
    }
  });

  it('that was read through a checked path resolves', () => {
    const ctx = createContext(db, builder);
    ctx.audit.read([row.id]);
    expect(field('pseudoniem')(row, {}, ctx)).toBe('Niet-zichtbaar');
  });
});
