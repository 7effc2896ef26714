/**
 * The five parts of the replication score, in the API's fixed order, each with a colour that
 * stands at least 3:1 against white and apart from the others. Colour is never the only carrier:
 * every bar has its name and number in text.
 */
export const ONDERDELEN = ['BEHOEFTE', 'PASSENDHEID', 'GEREEDHEID', 'RUIMTE', 'BRUGGEN'] as const;

export type Onderdeel = (typeof ONDERDELEN)[number];

export const ONDERDEEL_KLEUR: Record<Onderdeel, string> = {
  BEHOEFTE: '#b2182b',
  PASSENDHEID: '#6a3d9a',
  GEREEDHEID: '#1b7837',
  RUIMTE: '#2166ac',
  BRUGGEN: '#8c510a',
};

/** The API's weight names, in the same order as ONDERDELEN. */
export const GEWICHT_VELDEN = ['behoefte', 'passendheid', 'gereedheid', 'ruimte', 'bruggen'] as const;

export type Gewichten = Record<(typeof GEWICHT_VELDEN)[number], number>;

/** The documented defaults (docs/analyses.md, ReplicatieGewichten). */
export const STANDAARD_GEWICHTEN: Gewichten = {
  behoefte: 0.3,
  passendheid: 0.15,
  gereedheid: 0.2,
  ruimte: 0.15,
  bruggen: 0.2,
};

export function isOnderdeel(naam: string): naam is Onderdeel {
  return (ONDERDELEN as readonly string[]).includes(naam);
}

/** Weights as they travel in the URL: `0.3,0.15,0.2,0.15,0.2`. */
export function gewichtenNaarParam(gewichten: Gewichten): string {
  return GEWICHT_VELDEN.map((veld) => String(gewichten[veld])).join(',');
}

/**
 * Weights from the URL, or undefined when the parameter is missing or not five numbers of 0 or
 * more with at least one above 0 (then the defaults apply, as the API's would).
 */
export function gewichtenUitParam(param: string | null): Gewichten | undefined {
  if (!param) return undefined;
  const delen = param.split(',');
  if (delen.length !== GEWICHT_VELDEN.length) return undefined;
  const getallen = delen.map((deel) => (deel.trim() === '' ? Number.NaN : Number(deel)));
  if (getallen.some((n) => !Number.isFinite(n) || n < 0) || getallen.every((n) => n === 0)) return undefined;
  return Object.fromEntries(GEWICHT_VELDEN.map((veld, i) => [veld, getallen[i]])) as Gewichten;
}

export function zijnStandaard(gewichten: Gewichten): boolean {
  return GEWICHT_VELDEN.every((veld) => gewichten[veld] === STANDAARD_GEWICHTEN[veld]);
}
