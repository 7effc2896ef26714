import type { Tx } from '../../db/db.js';
import { badInput } from '../../core/errors.js';

/** Every analysis is scoped by gemeente; an unknown code is a typo worth naming. */
export async function checkGemeenten(tx: Tx, codes: readonly string[], field = 'gemeente'): Promise<void> {
  const rows = await tx.run<{ code: string }>(
    'UNWIND $codes AS code MATCH (g:Gemeente {code: code}) RETURN g.code AS code',
    { codes: [...codes] },
  );
  const known = new Set(rows.map((r) => r.code));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length) {
    throw badInput(
      `Unknown gemeente ${unknown.map((c) => `\`${c}\``).join(', ')}: use a CBS code that exists, like \`GM0537\`.`,
      field,
    );
  }
}
