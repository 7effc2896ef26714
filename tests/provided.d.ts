declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the real API + web server started by tests/global-setup.ts. */
    baseUrl: string;
    /** Bolt URI of the Neo4j the test stack uses. */
    neo4jUri: string;
  }
}
export {};
