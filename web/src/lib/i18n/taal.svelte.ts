import { browser } from '$app/environment';
import { isTaal, translate, type MessageKey, type Taal } from './translate.js';

const STORAGE_KEY = 'wijkweb.taal';

function remembered(): Taal {
  if (!browser) return 'nl';
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isTaal(stored) ? stored : 'nl';
  } catch {
    // Storage can be switched off (private mode, policies); Dutch is then the answer.
    return 'nl';
  }
}

/** The current UI language. Read `taal.current`; change it with `setTaal`. */
export const taal = $state<{ current: Taal }>({ current: remembered() });

export function setTaal(next: Taal): void {
  taal.current = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered, but the switch itself still works for this visit.
  }
}

/** The message for `key` in the current language; reactive in templates and `$derived`. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translate(taal.current, key, params);
}
