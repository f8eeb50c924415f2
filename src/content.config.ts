import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot, type PageKind } from './lib/content/paths.ts';
import { documentSchema, handbookSchema, postSchema } from './schemas/index.ts';

/**
 * The MDX pages, as Astro content collections, validated by the same schemas the scripts use.
 * Data files (site, roster, chapters, polls, the GitHub snapshot) are read by src/lib/site-data.ts instead:
 * they need cross-checks Astro's per-entry schemas cannot express.
 */
const root = contentRoot();

// ids keep the language and the path inside the kind folder: `es/documents/mission`.
const pages = (kind: PageKind) =>
  glob({
    pattern: `*/${kind}/**/*.{md,mdx}`,
    base: root,
    generateId: ({ entry }) => entry.replace(/\\/g, '/').replace(/\.mdx?$/, ''),
  });

export const collections = {
  documents: defineCollection({ loader: pages('documents'), schema: documentSchema }),
  handbook: defineCollection({ loader: pages('handbook'), schema: handbookSchema }),
  blog: defineCollection({ loader: pages('blog'), schema: postSchema }),
};
