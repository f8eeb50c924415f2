import fs from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { readUiStrings } from './i18n/ui-strings.ts';
import { reusedEntryIds } from './lib/build-cache/current-plan.ts';
import { skipCompiling } from './lib/build-cache/skip-compiling.ts';
import { dataFiles } from './lib/content/data-loader.ts';
import { readChapters, readRoster, readTagLabels } from './lib/content/load.ts';
import { contentRoot, type PageKind } from './lib/content/paths.ts';
import { ContentError } from './lib/errors.ts';
import { readGlossary } from './lib/translations/glossary.ts';
import { documentSchema, handbookSchema, postSchema } from './schemas/index.ts';

/**
 * The MDX pages, as Astro content collections, validated by the same schemas the scripts use; and the
 * organization's data files, loaded by the scripts' own readers (so one parser and one schema per file) into
 * collections, so `npm run dev` shows an edit to them on the next page load. The site reads the data through
 * src/middleware.ts. Site settings (content/site.yml) shape every route, so a change to them restarts the
 * dev server instead (astro.config.mjs).
 */
const root = contentRoot();

// ids keep the language and the path inside the kind folder: `es/documents/mission`. Pages the build takes
// from its cache are not compiled (src/lib/build-cache/).
const pages = (kind: PageKind) =>
  skipCompiling(glob({
    pattern: `*/${kind}/**/*.{md,mdx}`,
    base: root,
    generateId: ({ entry }) => entry.replace(/\\/g, '/').replace(/\.mdx?$/, ''),
  }), reusedEntryIds);

/** Language folders holding a given file: `es` for content/es/ui.yml. */
const languagesWith = (file: string) =>
  (fs.existsSync(root) ? fs.readdirSync(root, { withFileTypes: true }) : [])
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, file)))
    .map((d) => d.name);

const throwing = <T>(result: { problems: ContentError['problems'] } & T): T => {
  if (result.problems.length) throw new ContentError(result.problems);
  return result;
};
const value = z.object({ value: z.unknown() });

export const collections = {
  documents: defineCollection({ loader: pages('documents'), schema: documentSchema }),
  handbook: defineCollection({ loader: pages('handbook'), schema: handbookSchema }),
  blog: defineCollection({ loader: pages('blog'), schema: postSchema }),
  ui: defineCollection({
    loader: dataFiles({ name: 'ui', root, matches: (f) => /^[^/]+\/ui\.yml$/.test(f), read: () => Object.fromEntries(languagesWith('ui.yml').map((lang) => [lang, readUiStrings(lang, root)])) }),
    schema: value,
  }),
  glossary: defineCollection({
    loader: dataFiles({ name: 'glossary', root, matches: (f) => /^[^/]+\/glossary\.yml$/.test(f), read: () => Object.fromEntries(languagesWith('glossary.yml').map((lang) => [lang, readGlossary(lang, root)])) }),
    schema: value,
  }),
  chapters: defineCollection({
    loader: dataFiles({ name: 'chapters', root, matches: (f) => /^chapters\/[^/]+\.ya?ml$/.test(f), read: () => Object.fromEntries(throwing(readChapters(root)).chapters) }),
    schema: value,
  }),
  tags: defineCollection({
    loader: dataFiles({ name: 'tags', root, matches: (f) => f === 'tags.yml', read: () => throwing(readTagLabels(root)).tags }),
    schema: value,
  }),
  members: defineCollection({
    loader: dataFiles({ name: 'members', root, matches: (f) => f === 'members.yml', read: () => throwing(readRoster(root)).members }),
    schema: value,
  }),
};
