import type { Loader } from 'astro/loaders';

/**
 * Wrap a content loader so that the entries named are stored without "render later": Astro then leaves their
 * MDX out of the bundle, which is most of what a rebuild would otherwise spend on pages the cache already
 * holds. Their data (titles, dates, order) stays in the collection for the pages that list them. The digest
 * is marked, so the next build that needs to render such an entry sees a changed entry and stores it whole again.
 */
export function skipCompiling(loader: Loader, ids: ReadonlySet<string>): Loader {
  if (ids.size === 0) return loader;
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      for (const [id, entry] of context.store.entries()) {
        if (!ids.has(id) || !entry.deferredRender) continue;
        context.store.set({ ...entry, deferredRender: false, digest: `${entry.digest ?? ''}:reused` });
      }
    },
  };
}
