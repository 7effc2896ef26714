// A client-rendered app: the API serves the static build with an index.html fallback.
export const ssr = false;
export const prerender = false;
