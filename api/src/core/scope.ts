import type { Context } from './context.js';
import type { NodeRow } from './rows.js';

/**
 * The Gemeente of a scoped node, from the `gemeente` code it carries (docs/model.md). Goes
 * through the node loader, so a list of a hundred wijken asks for their gemeente once.
 */
export async function gemeenteOf(parent: NodeRow, _args: unknown, ctx: Context): Promise<NodeRow> {
  const gemeente = await ctx.nodes.load(`Gemeente:${String(parent.gemeente)}`);
  if (!gemeente)
    throw new Error(`Node ${parent.id} names gemeente ${String(parent.gemeente)}, which does not exist`);
  return gemeente;
}
