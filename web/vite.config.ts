import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// In development the API runs as its own process; proxying keeps the app on one origin, as in
// production where the API serves the built app itself.
const api = process.env.WIJKWEB_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [sveltekit()],
  server: {
    proxy: {
      '/graphql': api,
      '/healthz': api,
    },
  },
});
