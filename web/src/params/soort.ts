import type { ParamMatcher } from '@sveltejs/kit';
import { soortVanSlug } from '$lib/beheer/formulieren/soorten.js';

/** `/beheer/<soort>/…` only for the kinds a form edits, so `/beheer/import` and others stay theirs. */
export const match: ParamMatcher = (param) => soortVanSlug(param) !== undefined;
