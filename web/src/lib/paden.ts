import { kindOfId } from './graph/kinds.js';
import { viewParams, type View } from './graph/view.js';
import { labelVan, slugVan, soortVanId, type Soort } from './beheer/formulieren/soorten.js';

/**
 * Where things live in the app. Pages of a wijk, steungroep or partner take the id without its
 * kind (`/wijk/GM0537-WK02` for `Wijk:GM0537-WK02`): shorter links that read well.
 */
const PAGINAS = {
  WIJK: ['wijk', 'Wijk'],
  STEUNGROEP: ['steungroep', 'Steungroep'],
  PARTNER: ['partner', 'Partner'],
} as const;

type PaginaSoort = keyof typeof PAGINAS;

export function paginaVoor(id: string): string | undefined {
  const kind = kindOfId(id);
  if (!kind || !(kind in PAGINAS)) return undefined;
  const [pad] = PAGINAS[kind as PaginaSoort];
  return `/${pad}/${encodeURIComponent(id.slice(id.indexOf(':') + 1))}`;
}

/** The node id behind a page's `[id]` parameter. */
export function idVanPagina(soort: PaginaSoort, param: string): string {
  return `${PAGINAS[soort][1]}:${param}`;
}

/** The explorer showing `view`. */
export function netwerkPad(view: Partial<View>): string {
  const params = viewParams(view).toString();
  return params ? `/netwerk?${params}` : '/netwerk';
}

/**
 * The form that edits a node: `/beheer/activiteit/koffie-ochtend` for `Activiteit:koffie-ochtend`.
 * The full id is taken too (`/beheer/activiteit/Activiteit%3A…`), and used for a name that would
 * read as `nieuw`, the create form's address.
 */
export function bewerkPad(id: string): string | undefined {
  const soort = soortVanId(id);
  if (!soort) return undefined;
  const rest = id.slice(id.indexOf(':') + 1);
  return `/beheer/${slugVan(soort)}/${encodeURIComponent(rest === 'nieuw' ? id : rest)}`;
}

/** The node id behind the edit form's `[id]` parameter. */
export function idVanBewerkPad(soort: Soort, param: string): string {
  const label = labelVan(soort);
  return param.startsWith(`${label}:`) ? param : `${label}:${param}`;
}

/** The form that creates a node of `soort`, with fields filled in beforehand (`gemeente`, `wijk`). */
export function nieuwPad(soort: Soort, vooraf: Record<string, string> = {}): string {
  const params = new URLSearchParams(vooraf).toString();
  return `/beheer/${slugVan(soort)}/nieuw${params ? `?${params}` : ''}`;
}
