/**
 * Named views ("weergaven"), kept in the browser: a name and the URL query that restores it.
 * Storage can be full or switched off; then saving fails quietly and the list stays as it was.
 */
export interface SavedView {
  naam: string;
  /** The query string of /netwerk, without the question mark. */
  zoek: string;
}

export const STORAGE_KEY = 'wijkweb.weergaven';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export function loadViews(store: Store | undefined): SavedView[] {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(STORAGE_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (item): item is SavedView =>
        typeof item?.naam === 'string' && item.naam.trim() !== '' && typeof item?.zoek === 'string',
    );
  } catch {
    return [];
  }
}

function store(target: Store | undefined, views: SavedView[]): boolean {
  try {
    target?.setItem(STORAGE_KEY, JSON.stringify(views));
    return target !== undefined;
  } catch {
    return false;
  }
}

/** Adds the view, or replaces the one with the same name (names compare without case). */
export function saveView(target: Store | undefined, view: SavedView): { views: SavedView[]; saved: boolean } {
  const naam = view.naam.trim();
  const others = loadViews(target).filter((other) => other.naam.toLowerCase() !== naam.toLowerCase());
  const views = [...others, { naam, zoek: view.zoek }].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  return store(target, views) ? { views, saved: true } : { views: loadViews(target), saved: false };
}

export function removeView(target: Store | undefined, naam: string): SavedView[] {
  const views = loadViews(target).filter((view) => view.naam !== naam);
  store(target, views);
  return loadViews(target);
}
