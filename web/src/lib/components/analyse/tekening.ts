/**
 * The layout of the small drawing that explains one replication candidate: the template on the
 * left, the bridging partners in the middle, the candidate wijk, and the missing partner kinds as
 * dashed placeholders on the right. Four fixed columns read left to right as a sentence ("the
 * template reaches the wijk through these partners; these are still missing"), which a force
 * layout would not give. Pure: the component only draws what this returns.
 */

export interface TekeningInvoer {
  sjabloon: { id: string; naam: string };
  wijk: { id: string; naam: string };
  bruggen: readonly { id: string; naam: string; kernteam: boolean }[];
  /** Labels of the missing partner kinds. */
  ontbrekend: readonly string[];
  /** True when members of the template live in the wijk: a direct link. */
  bewoners: boolean;
}

export type KnoopRol = 'sjabloon' | 'brug' | 'wijk' | 'ontbreekt';

export interface TekenKnoop {
  id: string;
  label: string;
  rol: KnoopRol;
  /** Centre. */
  x: number;
  y: number;
  gestippeld: boolean;
  kernteam: boolean;
}

export interface TekenLijn {
  van: string;
  naar: string;
  /** SVG path data. */
  pad: string;
  gestippeld: boolean;
  /** The link from template to wijk through members living there. */
  bewoners: boolean;
}

export interface Tekening {
  breedte: number;
  hoogte: number;
  /** Centre x of each column, in the order template, bridges, wijk, missing. */
  kolommen: readonly [number, number, number, number];
  knoopBreedte: number;
  knoopHoogte: number;
  knopen: TekenKnoop[];
  lijnen: TekenLijn[];
}

export const BREEDTE = 1000;
export const KNOOP_BREEDTE = 220;
export const KNOOP_HOOGTE = 40;
const RIJ = 56;
/** Room above the nodes for the column titles. */
const BOVEN = 44;
/** Room below the nodes for the members' arc. */
const ONDER = 48;
const KOLOMMEN = [120, 380, 640, 880] as const;

/** Centres of `n` rows spread over `rijen` rows, centred. */
function rijen(n: number, totaal: number): number[] {
  const start = BOVEN + ((totaal - n) * RIJ) / 2 + RIJ / 2;
  return Array.from({ length: n }, (_, i) => start + i * RIJ);
}

function boog(van: TekenKnoop, naar: TekenKnoop): string {
  const sx = van.x + KNOOP_BREEDTE / 2;
  const tx = naar.x - KNOOP_BREEDTE / 2;
  const dx = (tx - sx) / 2;
  return `M ${sx} ${van.y} C ${sx + dx} ${van.y}, ${tx - dx} ${naar.y}, ${tx} ${naar.y}`;
}

export function tekeningLayout(invoer: TekeningInvoer): Tekening {
  const aantalRijen = Math.max(1, invoer.bruggen.length, invoer.ontbrekend.length);
  const hoogte = BOVEN + aantalRijen * RIJ + (invoer.bewoners ? ONDER : 8);
  const midden = BOVEN + (aantalRijen * RIJ) / 2;

  const knoop = (
    rol: KnoopRol,
    id: string,
    label: string,
    x: number,
    y: number,
    kernteam = false,
  ): TekenKnoop => ({
    id,
    label,
    rol,
    x,
    y,
    gestippeld: rol === 'ontbreekt',
    kernteam,
  });

  const sjabloon = knoop('sjabloon', invoer.sjabloon.id, invoer.sjabloon.naam, KOLOMMEN[0], midden);
  const wijk = knoop('wijk', invoer.wijk.id, invoer.wijk.naam, KOLOMMEN[2], midden);
  const bruggen = invoer.bruggen.map((brug, i) =>
    knoop(
      'brug',
      brug.id,
      brug.naam,
      KOLOMMEN[1],
      rijen(invoer.bruggen.length, aantalRijen)[i]!,
      brug.kernteam,
    ),
  );
  const ontbrekend = invoer.ontbrekend.map((label, i) =>
    knoop(
      'ontbreekt',
      `ontbreekt:${label}`,
      label,
      KOLOMMEN[3],
      rijen(invoer.ontbrekend.length, aantalRijen)[i]!,
    ),
  );

  const lijnen: TekenLijn[] = [
    ...bruggen.flatMap((brug) => [
      { van: sjabloon.id, naar: brug.id, pad: boog(sjabloon, brug), gestippeld: false, bewoners: false },
      { van: brug.id, naar: wijk.id, pad: boog(brug, wijk), gestippeld: false, bewoners: false },
    ]),
    ...ontbrekend.map((plek) => ({
      van: wijk.id,
      naar: plek.id,
      pad: boog(wijk, plek),
      gestippeld: true,
      bewoners: false,
    })),
  ];
  if (invoer.bewoners) {
    // Under the bridges: from the bottom of the template to the bottom of the wijk.
    const y = hoogte - 12;
    const sy = sjabloon.y + KNOOP_HOOGTE / 2;
    const ty = wijk.y + KNOOP_HOOGTE / 2;
    lijnen.push({
      van: sjabloon.id,
      naar: wijk.id,
      pad: `M ${sjabloon.x} ${sy} C ${sjabloon.x} ${y}, ${wijk.x} ${y}, ${wijk.x} ${ty}`,
      gestippeld: false,
      bewoners: true,
    });
  }

  return {
    breedte: BREEDTE,
    hoogte,
    kolommen: KOLOMMEN,
    knoopBreedte: KNOOP_BREEDTE,
    knoopHoogte: KNOOP_HOOGTE,
    knopen: [sjabloon, ...bruggen, wijk, ...ontbrekend],
    lijnen,
  };
}

/** A label cut to fit a node, with an ellipsis; the full name stays in the node's title. */
export function kortLabel(label: string, max = 27): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}
