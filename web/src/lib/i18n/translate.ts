import { en } from './en.js';
import { nl, type MessageKey } from './nl.js';

export type { MessageKey };

/** The languages of the UI; Dutch first. */
export const TALEN = ['nl', 'en'] as const;
export type Taal = (typeof TALEN)[number];

const dictionaries: Record<Taal, Record<MessageKey, string>> = { nl, en };

export function isTaal(value: unknown): value is Taal {
  return typeof value === 'string' && (TALEN as readonly string[]).includes(value);
}

/** The message for `key` in `taal`, with each `{name}` replaced by `params.name`. */
export function translate(taal: Taal, key: MessageKey, params: Record<string, string | number> = {}): string {
  return dictionaries[taal][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
