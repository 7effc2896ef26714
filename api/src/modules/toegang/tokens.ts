import { createHash, randomBytes } from 'node:crypto';

/**
 * Session tokens and API keys are 256 random bits, so a fast hash is enough to store them: nothing
 * can be guessed from a dictionary, and the lookup stays one indexed equality match. Passwords,
 * chosen by people, get scrypt instead (passwords.ts).
 */
export const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

export const newSessionToken = () => randomBytes(32).toString('base64url');

export const API_KEY_PREFIX = 'wijkweb_';

/** `wijkweb_` and 43 characters: the prefix tells secret scanners and people what it is. */
export const newApiKey = () => `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;

/** Enough of a key to recognise it in a list, far too little to use it. */
export const keyPrefix = (key: string) => key.slice(0, API_KEY_PREFIX.length + 4);

/** Refused before any lookup: keys are ours, and ours look like this. */
export const API_KEY_SHAPE = /^wijkweb_[A-Za-z0-9_-]{20,100}$/;
