import { defineMiddleware } from 'astro:middleware';

/**
 * Before each page: hand the organization's data collections (interface strings, chapters, roster,
 * glossaries) to the modules that serve them. In `npm run dev` that is what makes an edit to those files show
 * on the next page load; in a build the data does not change, and handing it over again costs nothing.
 * The import is made here, per request, because the dev server keeps this module but replaces the content
 * modules when data changes: a static import would keep reading the first copy of the data.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const { loadOrganizationData } = await import('./lib/collections.ts');
  await loadOrganizationData();
  return next();
});
