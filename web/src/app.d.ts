// See https://svelte.dev/docs/kit/types#app.d.ts for what these interfaces do.
declare global {
  namespace App {
    interface Error {
      message: string;
    }
  }
}

export {};
