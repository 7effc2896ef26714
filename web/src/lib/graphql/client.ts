import { Client, cacheExchange, fetchExchange } from '@urql/svelte';

/**
 * The one GraphQL client. `/graphql` is on the same origin: the API serves the built app, and in
 * development Vite proxies the path.
 */
export function createClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    // urql sends short queries as GET by default; Apollo Server's CSRF protection refuses GETs
    // without a preflight header, so every operation goes out as a JSON POST.
    preferGetMethod: false,
  });
}

let shared: Client | undefined;

/**
 * The app's client: the layout puts it in the component context, and route loaders use it
 * directly, so both share one cache.
 */
export function appClient(): Client {
  shared ??= createClient();
  return shared;
}
