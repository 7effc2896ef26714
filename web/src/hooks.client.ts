import type { HandleClientError } from '@sveltejs/kit';

// An unexpected error in a load or a component ends on +error.svelte, which shows one sentence;
// the details go to the console for whoever debugs it, never onto the page.
export const handleError: HandleClientError = ({ error, status }) => {
  if (status !== 404) console.error(error);
  return { message: status === 404 ? 'Not found' : 'Internal error' };
};
