/**
 * Where nodes start before ForceAtlas2 moves them. Deterministic, so the same view laid out twice
 * ends the same way and a camera position stored in a URL still points at the same place.
 */

/** FNV-1a: a small, stable hash of a node id. */
export function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions on a sunflower spiral, in the order of the ids' hashes: evenly spread (no two nodes on
 * one spot, which ForceAtlas2 cannot pull apart) and independent of the order the API sent.
 */
export function spiralPositions(ids: readonly string[], spacing = 10): Map<string, { x: number; y: number }> {
  const ordered = [...ids].sort((a, b) => hashId(a) - hashId(b) || (a < b ? -1 : a > b ? 1 : 0));
  const positions = new Map<string, { x: number; y: number }>();
  ordered.forEach((id, i) => {
    const radius = spacing * Math.sqrt(i + 0.5);
    const angle = i * GOLDEN_ANGLE;
    positions.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  return positions;
}

/**
 * A place for a node that joins a drawn graph: beside its drawn neighbours (their mean, nudged by
 * its hash so several newcomers around one node do not stack), or `fallback` without any.
 */
export function placeNear(
  id: string,
  neighbours: readonly { x: number; y: number }[],
  fallback: { x: number; y: number },
  spread: number,
): { x: number; y: number } {
  const hash = hashId(id);
  const angle = ((hash % 3600) / 3600) * 2 * Math.PI;
  const distance = spread * (0.5 + ((hash >>> 12) % 1000) / 2000);
  const centre = neighbours.length
    ? {
        x: neighbours.reduce((sum, p) => sum + p.x, 0) / neighbours.length,
        y: neighbours.reduce((sum, p) => sum + p.y, 0) / neighbours.length,
      }
    : fallback;
  return { x: centre.x + distance * Math.cos(angle), y: centre.y + distance * Math.sin(angle) };
}
