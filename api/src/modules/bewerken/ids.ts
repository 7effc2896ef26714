/**
 * Ids of new nodes (docs/model.md): chosen by the caller, or made from the node's key
 * properties so that creating or importing the same thing twice lands on the same id.
 */
import type { Label } from '../../core/kinds.js';
import { ID_DEEL, KNOPEN, slug } from './model.js';

/** Why an id chosen for a new node of this kind and gemeente will not do, or null if it will. */
export function idProbleem(label: Label, id: string, gemeente: string | null): string | null {
  const prefix = `${label}:`;
  if (!id.startsWith(prefix)) return `Een ${label}-id begint met \`${prefix}\`.`;
  const rest = id.slice(prefix.length);
  if (!ID_DEEL.test(rest))
    return 'Gebruik na het voorvoegsel alleen letters, cijfers en . _ : - (geen spaties).';
  if (label === 'Inwoner' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(rest)) {
    return 'Een inwoner-id is `Inwoner:` met een uuid.';
  }
  if (label === 'Gemeente' && rest !== gemeente)
    return `Het id van deze gemeente is \`Gemeente:${gemeente}\`.`;
  if (KNOPEN[label].idVorm.startsWith('{gm}-') && !rest.startsWith(`${gemeente}-`)) {
    return `Een ${label}-id van deze gemeente begint met \`${prefix}${gemeente}-\`.`;
  }
  return null;
}

/**
 * The id a new node gets from its properties when none is chosen, or null when the properties
 * it needs are missing (their own errors say so). `wijk` is the indicator's wijk id.
 */
export function afgeleidId(
  label: Label,
  props: Record<string, unknown>,
  gemeente: string | null,
  wijk?: string | null,
): string | null {
  const tekst = (naam: string) => (typeof props[naam] === 'string' ? slug(props[naam] as string) : '');
  switch (label) {
    case 'Gemeente':
      return typeof props.code === 'string' ? `Gemeente:${props.code}` : null;
    case 'Wijk':
    case 'Buurt': {
      const code = props.code;
      if (typeof code !== 'string' || !gemeente) return null;
      return `${label}:${gemeente}-${code.slice(0, 2)}${code.slice(6)}`;
    }
    case 'Indicator': {
      if (!wijk?.startsWith('Wijk:') || typeof props.naam !== 'string' || typeof props.jaar !== 'number')
        return null;
      return `Indicator:${wijk.slice('Wijk:'.length)}:${props.naam}:${props.jaar}`;
    }
    case 'Inwoner':
      return null;
    default: {
      const deel = tekst(KNOPEN[label].naamVeld);
      if (!deel) return null;
      if (KNOPEN[label].idVorm.startsWith('{gm}-') && !gemeente) return null;
      return KNOPEN[label].idVorm.startsWith('{gm}-') ? `${label}:${gemeente}-${deel}` : `${label}:${deel}`;
    }
  }
}

/** A wijk or buurt code names its gemeente's four digits (`WK053702` is in GM0537). */
export function codeProbleem(label: Label, code: unknown, gemeente: string | null): string | null {
  if ((label !== 'Wijk' && label !== 'Buurt') || typeof code !== 'string' || !gemeente) return null;
  return code.slice(2, 6) === gemeente.slice(2)
    ? null
    : `Deze code hoort niet bij gemeente ${gemeente} (verwacht ${code.slice(0, 2)}${gemeente.slice(2)}…).`;
}
