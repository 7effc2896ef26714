import { isNodeKind, isPartnerSoort, type NodeKind, type PartnerSoort } from './kinds.js';
import { parseShowcase, showcaseParam, type Showcase } from './showcase.js';

/**
 * The explorer's view lives in the URL, so a reload, a bookmark or a shared link shows the same
 * thing. The parameter names are Dutch words a person can read:
 *   gemeente, kern, wijk, thema, doelgroep, partnersoort, soorten  the filters
 *   focus, diepte                                                  the ego network
 *   uitbreiden                                                     nodes whose neighbours were added
 *   limiet                                                         most nodes to draw
 *   gekozen, uitlicht, weergave, camera                            what is chosen and how it is shown
 */

/** What the API is asked for: a change here fetches. */
export interface NetworkRequest {
  gemeente?: string;
  kern?: string;
  wijk?: string;
  thema?: string;
  doelgroep?: string;
  partnerSoort?: PartnerSoort;
  /** Node kinds to draw; undefined means the API's default set. */
  kinds?: NodeKind[];
  /** Centre of the ego network; the filters above then wait. */
  focus?: string;
  depth: number;
  /** Nodes whose neighbourhood (depth 1) was fetched on demand and merged in. */
  expand: string[];
  limit: number;
}

export type Weergave = 'kaart' | 'tabel';

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** The whole view: the request plus what changes only the picture. */
export interface View extends NetworkRequest {
  selected?: string;
  showcase?: Showcase;
  weergave: Weergave;
  camera?: CameraView;
}

export const DEFAULT_LIMIT = 300;
export const LIMITS = [100, 300, 1000, 5000] as const;
export const MAX_DEPTH = 3;

/** The URL parameters that change what is fetched; the route's loader reads these and no others. */
export const REQUEST_PARAMS = [
  'gemeente',
  'kern',
  'wijk',
  'thema',
  'doelgroep',
  'partnersoort',
  'soorten',
  'focus',
  'diepte',
  'uitbreiden',
  'limiet',
] as const;

const ID = /^[A-Za-z]+:[^\s,]+$/;

function id(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value && ID.test(value) ? value : undefined;
}

function list(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '').split(',').filter(Boolean);
}

function whole(value: string | null, min: number, max: number, fallback: number): number {
  const number = Number(value);
  return value && Number.isInteger(number) ? Math.min(max, Math.max(min, number)) : fallback;
}

/** Reads only the request parameters, so that a loader using it reruns only when they change. */
export function readRequest(params: URLSearchParams): NetworkRequest {
  const gemeente = params.get('gemeente');
  const soort = params.get('partnersoort');
  const kinds = [...new Set(list(params, 'soorten').filter(isNodeKind))];
  return {
    gemeente: gemeente && /^[A-Z]{2}\d{4}$/.test(gemeente) ? gemeente : undefined,
    kern: id(params, 'kern'),
    wijk: id(params, 'wijk'),
    thema: id(params, 'thema'),
    doelgroep: id(params, 'doelgroep'),
    partnerSoort: isPartnerSoort(soort) ? soort : undefined,
    kinds: kinds.length ? kinds : undefined,
    focus: id(params, 'focus'),
    depth: whole(params.get('diepte'), 1, MAX_DEPTH, 1),
    expand: [...new Set(list(params, 'uitbreiden').filter((value) => ID.test(value)))],
    limit: whole(params.get('limiet'), 1, 5000, DEFAULT_LIMIT),
  };
}

export function readView(params: URLSearchParams): View {
  const weergave = params.get('weergave');
  return {
    ...readRequest(params),
    selected: id(params, 'gekozen'),
    showcase: parseShowcase(params.get('uitlicht')),
    weergave: weergave === 'tabel' ? 'tabel' : 'kaart',
    camera: parseCamera(params.get('camera')),
  };
}

/** `x,y,ratio` in sigma's camera space; anything else is ignored. */
export function parseCamera(value: string | null): CameraView | undefined {
  const parts = (value ?? '').split(',').map(Number);
  if (parts.length !== 3 || parts.some((part) => !Number.isFinite(part))) return undefined;
  const [x, y, ratio] = parts as [number, number, number];
  return ratio > 0 ? { x, y, ratio } : undefined;
}

const round = (value: number) => String(Number(value.toFixed(4)));

export function cameraParam(camera: CameraView): string {
  return [camera.x, camera.y, camera.ratio].map(round).join(',');
}

/** The view as URL parameters, in a fixed order and without defaults, so equal views give equal URLs. */
export function viewParams(view: Partial<View>): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string | undefined) => {
    if (value) params.set(name, value);
  };
  set('gemeente', view.gemeente);
  set('kern', view.kern);
  set('wijk', view.wijk);
  set('thema', view.thema);
  set('doelgroep', view.doelgroep);
  set('partnersoort', view.partnerSoort);
  set('soorten', view.kinds?.join(','));
  set('focus', view.focus);
  if (view.focus && view.depth && view.depth !== 1) set('diepte', String(view.depth));
  set('uitbreiden', view.expand?.join(','));
  if (view.limit && view.limit !== DEFAULT_LIMIT) set('limiet', String(view.limit));
  set('gekozen', view.selected);
  set('uitlicht', view.showcase && showcaseParam(view.showcase));
  if (view.weergave === 'tabel') set('weergave', 'tabel');
  set('camera', view.camera && cameraParam(view.camera));
  return params;
}

/** The filter part of a request, as `network`'s NetworkFilter wants it. */
export function networkFilter(request: NetworkRequest, gemeente: string) {
  if (request.focus) {
    return { gemeente, focus: request.focus, depth: request.depth, kinds: request.kinds ?? null };
  }
  return {
    gemeente,
    kern: request.kern ?? null,
    wijk: request.wijk ?? null,
    thema: request.thema ?? null,
    doelgroep: request.doelgroep ?? null,
    partnerSoort: request.partnerSoort ?? null,
    kinds: request.kinds ?? null,
  };
}
