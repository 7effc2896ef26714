import { EDGE_COLOUR, HIGHLIGHT_EDGE, MUTED_EDGE, MUTED_NODE } from './kinds.js';

/**
 * What the viewer is pointing at. The renderer's reducers ask `nodeLook` and `edgeLook` for every
 * node and edge, so the drawing follows from this state alone.
 */
export interface Emphasis {
  /** The node under the pointer, with its neighbours. */
  hovered?: { id: string; neighbours: ReadonlySet<string> };
  /** The chosen node (details panel). */
  selected?: string;
  /** The showcase ("uitlichten"): this set stands out, the rest steps back but stays. */
  showcase?: ReadonlySet<string>;
  /** Edges are hidden while the layout moves the nodes: cheaper frames, and less flicker. */
  edgesHidden?: boolean;
}

export interface NodeLook {
  color?: string;
  label?: string | null;
  forceLabel?: boolean;
  highlighted?: boolean;
  zIndex?: number;
}

export interface EdgeLook {
  color?: string;
  size?: number;
  hidden?: boolean;
  zIndex?: number;
}

/** Labels forced on for a hovered node's neighbours only while there are few of them. */
const MAX_FORCED_LABELS = 30;

export function nodeLook(id: string, emphasis: Emphasis): NodeLook {
  if (id === emphasis.selected) return { highlighted: true, forceLabel: true, zIndex: 3 };
  const { hovered, showcase } = emphasis;
  if (hovered) {
    if (id === hovered.id) return { highlighted: true, forceLabel: true, zIndex: 3 };
    if (hovered.neighbours.has(id)) {
      return { forceLabel: hovered.neighbours.size <= MAX_FORCED_LABELS, zIndex: 2 };
    }
    return { color: MUTED_NODE, label: null, zIndex: 0 };
  }
  if (showcase) {
    return showcase.has(id)
      ? { forceLabel: showcase.size <= MAX_FORCED_LABELS, zIndex: 2 }
      : { color: MUTED_NODE, label: null, zIndex: 0 };
  }
  return {};
}

export function edgeLook(source: string, target: string, emphasis: Emphasis): EdgeLook {
  if (emphasis.edgesHidden) return { hidden: true };
  const { hovered, selected, showcase } = emphasis;
  if (hovered) {
    return source === hovered.id || target === hovered.id
      ? { color: HIGHLIGHT_EDGE, size: 2, zIndex: 2 }
      : { hidden: true };
  }
  if (selected && (source === selected || target === selected)) {
    return { color: HIGHLIGHT_EDGE, size: 2, zIndex: 2 };
  }
  if (showcase) {
    return showcase.has(source) && showcase.has(target)
      ? { color: EDGE_COLOUR, zIndex: 1 }
      : { color: MUTED_EDGE, zIndex: 0 };
  }
  return {};
}
