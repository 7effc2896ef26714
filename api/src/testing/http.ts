import { inject } from 'vitest';

export interface HttpResult<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
  /** The raw body, for leak checks that must see every byte. */
  text: string;
}

export interface Credentials {
  /** A Cookie header, e.g. `wijkweb_sessie=…`. */
  cookie?: string;
  /** An API key, sent as `Authorization: Bearer <key>`. */
  bearer?: string;
}

/** GraphQL over real HTTP against the test stack's server (or another base URL). */
export function httpClient(base: string = inject('baseUrl')) {
  async function post<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    credentials: Credentials = {},
  ): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (credentials.cookie) headers.cookie = credentials.cookie;
    if (credentials.bearer) headers.authorization = `Bearer ${credentials.bearer}`;
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body: HttpResult<T>['body'] = null;
    try {
      body = JSON.parse(text) as HttpResult<T>['body'];
    } catch {
      // not JSON: the test looks at status and text
    }
    return { status: res.status, headers: res.headers, body, text };
  }

  /** Signs in and returns the Cookie header that carries the session. */
  async function signIn(email: string, wachtwoord: string): Promise<string> {
    const res = await post(
      `mutation($e: String!, $w: String!) { inloggen(email: $e, wachtwoord: $w) { rol } }`,
      { e: email, w: wachtwoord },
    );
    const cookie = res.headers.getSetCookie().find((c) => c.includes('wijkweb_sessie='));
    if (res.status !== 200 || !cookie)
      throw new Error(`sign-in of ${email} failed: ${res.status} ${res.text}`);
    return cookie.split(';')[0]!;
  }

  return { base, post, signIn };
}

export const code = (res: HttpResult<unknown>) => res.body?.errors?.[0]?.extensions?.code;
