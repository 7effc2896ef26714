import { nl, type MessageKey } from './nl.js';
import { t } from './taal.svelte.js';

/** A relationship type in words ("partner van"), or the type itself when there are none yet. */
export function relatieNaam(kind: string): string {
  const key = `relatie.${kind}`;
  return key in nl ? t(key as MessageKey) : kind.toLowerCase().replaceAll('_', ' ');
}
