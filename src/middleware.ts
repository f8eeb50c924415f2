import { defineMiddleware } from 'astro:middleware';
import { loadOrganizationData } from './lib/collections.ts';

/**
 * Before each page: hand the organization's data collections (interface strings, chapters, roster,
 * glossaries) to the modules that serve them. In `npm run dev` that is what makes an edit to those files show
 * on the next page load; in a build the data does not change, and handing it over again costs nothing.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  await loadOrganizationData();
  return next();
});
