import type { Resolvers } from '../../__generated__/resolvers.js';
import { exporteer } from './exporteer.js';
import { importeer, type ImportUitkomst } from './importeer.js';

export const resolvers: Resolvers = {
  Mutation: {
    importeer: (_, { invoer }, ctx) => importeer(ctx, invoer),
  },
  Query: {
    exporteer: (_, { gemeente, formaat }, ctx) => exporteer(ctx, gemeente, formaat),
  },
  ImportResultaat: {
    rijen: (p, { acties }) => {
      const rijen = (p as ImportUitkomst).rijen;
      return acties?.length ? rijen.filter((r) => acties.includes(r.actie)) : rijen;
    },
  },
};
