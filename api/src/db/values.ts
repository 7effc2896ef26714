import neo4j from 'neo4j-driver';

/**
 * Turns what the driver returns into plain JSON-able values, once, at the boundary:
 * Integers become numbers (our counts and years are far below 2^53), temporal values
 * become ISO strings, nodes become their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) {
    return toPlain((value as { properties: Record<string, unknown> }).properties);
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

/** JavaScript numbers reach Cypher as floats; LIMIT, SKIP and list slices need integers. */
export const int = (n: number) => neo4j.int(n);
