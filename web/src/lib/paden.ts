import { kindOfId } from './graph/kinds.js';
import { viewParams, type View } from './graph/view.js';

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
