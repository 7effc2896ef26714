import type { Resolvers } from '../../__generated__/resolvers.js';
import { mayAdminister } from '../../core/actor.js';
import { checkPageSize, decodeCursor, encodeCursor } from '../../core/cursor.js';
import { badInput, domainError } from '../../core/errors.js';
import { int } from '../../db/values.js';
import type { AuditRegelConnectionRow, AuditRegelRow } from './rows.js';
import type { Context } from '../../core/context.js';

interface AuditLogArgs {
  filter?: { actorId?: string | null; actie?: string | null; doel?: string | null } | null;
  first?: number | null;
  after?: string | null;
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** Newest first; the cursor is the (tijd, id) of the last entry seen. */
async function auditLog(ctx: Context, args: AuditLogArgs): Promise<AuditRegelConnectionRow> {
  if (!mayAdminister(ctx.actor))
    throw domainError('FORBIDDEN', 'Only an administrator (BEHEERDER) may read the audit log.');
  const first = checkPageSize(args.first);
  const after = args.after ? decodeCursor(args.after) : null;
  if (after && !(typeof after.key === 'string' && ISO_DATETIME.test(after.key))) {
    throw badInput(
      'The cursor in `after` is not from the audit log. Use the `endCursor` of a previous page.',
      'after',
    );
  }
  const rows = await ctx.db.query<{ regel: AuditRegelRow }>(
    `MATCH (a:AuditRegel)
     WHERE ($actorId IS NULL OR a.actorId = $actorId)
       AND ($actie IS NULL OR a.actie = $actie)
       AND ($doel IS NULL OR $doel IN a.doelen)
       AND ($afterTijd IS NULL OR a.tijd < datetime($afterTijd)
            OR (a.tijd = datetime($afterTijd) AND a.id < $afterId))
     RETURN a { .id, .tijd, .actorId, .actorRol, .actie, .doelen } AS regel
     ORDER BY a.tijd DESC, a.id DESC
     LIMIT $limit`,
    {
      actorId: args.filter?.actorId ?? null,
      actie: args.filter?.actie ?? null,
      doel: args.filter?.doel ?? null,
      afterTijd: after ? String(after.key) : null,
      afterId: after?.id ?? null,
      limit: int(first + 1),
    },
  );
  const page = rows.slice(0, first).map((r) => r.regel);
  const edges = page.map((node) => ({ node, cursor: encodeCursor({ key: node.tijd, id: node.id }) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

export const resolvers: Resolvers = {
  Query: {
    auditLog: (_, args, ctx) => auditLog(ctx, args),
  },
};
