import type { Loader } from 'astro/loaders';

/**
 * Wrap a content loader so that the entries named are stored without "render later": Astro then leaves their
 * MDX out of the bundle, which is most of what a rebuild would otherwise spend on pages the cache already
 * holds. Their data (titles, dates, order) stays in the collection for the pages that list them. The digest
 * is marked, so the next build that needs to render such an entry sees a changed entry and stores it whole again.
 */
export function skipCompiling(loader: Loader, reused: () => ReadonlySet<string>): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      // Asked only now, after the files are read: the build works out its plan while Astro starts.
      const ids = reused();
      if (ids.size === 0) return;
      for (const [id, entry] of context.store.entries()) {
        if (!ids.has(id) || !entry.deferredRender) continue;
        context.store.set({ ...entry, deferredRender: false, digest: `${entry.digest ?? ''}:reused` });
      }
    },
  };
}
