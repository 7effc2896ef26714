import type { Resolvers } from '../../__generated__/resolvers.js';

/** A reference in an analysis result resolves to its node only when a client asks for it. */
export const resolvers: Resolvers = {
  NodeRef: {
    node: (ref, _, { nodes }) => nodes.load(ref.id),
  },
};
