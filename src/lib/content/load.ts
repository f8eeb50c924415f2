import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  chapterSchema, documentSchema, handbookSchema, postSchema, rosterSchema, siteSchema, tagLabelsSchema,
  type ChapterData, type Member, type Site, type TagLabels,
} from '../../schemas/index.ts';
import { ContentError, type ContentProblem } from '../errors.ts';
import { problemsFromZod, safeParseContent } from './friendly-parse.ts';
import { parseYamlFile, splitFrontmatter } from './frontmatter.ts';
import { contentRoot, PAGE_KINDS, repoRelative, type PageKind } from './paths.ts';
import { pageSlug } from './paths-slug.ts';

/**
 * Reading content from disk for scripts and checks. The site reads the same files through Astro's
 * content collections with the same schemas; this is the loader for everything outside Astro.
 * Loaders collect every problem before throwing, so a member sees all their mistakes at once.
 */

export interface PageEntry<T = unknown> {
  kind: PageKind;
  lang: string;
  /** Path inside the kind folder without extension: `mission`, `starting/first-meeting`. */
  slug: string;
  /** Repository-relative file path, e.g. `content/en/documents/mission.mdx`. */
  file: string;
  data: T;
  body: string;
  bodyLine: number;
}

const schemaFor = { documents: documentSchema, handbook: handbookSchema, blog: postSchema } as const;

export function readSite(root = contentRoot()): Site {
  const file = path.join(root, 'site.yml');
  const rel = repoRelative(file);
  if (!fs.existsSync(file)) {
    throw new ContentError([{ file: rel, field: '', message: 'the site configuration is missing: create it (see README, "Maintainers")' }]);
  }
  const result = safeParseContent(siteSchema, parseYamlFile(fs.readFileSync(file, 'utf8'), rel));
  if (!result.success) throw new ContentError(problemsFromZod(rel, result.error));
  return result.data;
}

/**
 * The site settings, or null when site.yml is missing or invalid. For checks that need the settings to look
 * at something else: the schema check reports site.yml itself, once.
 */
export function readSiteIfValid(root = contentRoot()): Site | null {
  try {
    return readSite(root);
  } catch (e) {
    if (e instanceof ContentError) return null;
    throw e;
  }
}

/**
 * Every chapter file. `unreadable` names the chapters whose file exists but fails: they are reported once,
 * here, and whatever refers to them is not reported again as naming an unknown chapter.
 */
export function readChapters(root = contentRoot()): { chapters: Map<string, ChapterData>; unreadable: Set<string>; problems: ContentProblem[] } {
  const dir = path.join(root, 'chapters');
  const chapters = new Map<string, ChapterData>();
  const unreadable = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const name of listFiles(dir, /\.ya?ml$/)) {
    const file = path.join(dir, name);
    const rel = repoRelative(file);
    const id = name.replace(/\.ya?ml$/, '');
    try {
      const result = safeParseContent(chapterSchema, parseYamlFile(fs.readFileSync(file, 'utf8'), rel));
      if (result.success) chapters.set(id, result.data);
      else {
        unreadable.add(id);
        problems.push(...problemsFromZod(rel, result.error));
      }
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      unreadable.add(id);
      problems.push(...e.problems);
    }
  }
  return { chapters, unreadable, problems };
}

/** `content/tags.yml`, the blog tags' labels per language; none when the file is missing. */
export function readTagLabels(root = contentRoot()): { tags: TagLabels; problems: ContentProblem[] } {
  const file = path.join(root, 'tags.yml');
  const rel = repoRelative(file);
  if (!fs.existsSync(file)) return { tags: {}, problems: [] };
  try {
    const result = safeParseContent(tagLabelsSchema, parseYamlFile(fs.readFileSync(file, 'utf8'), rel) ?? {});
    if (result.success) return { tags: result.data, problems: [] };
    return { tags: {}, problems: problemsFromZod(rel, result.error) };
  } catch (e) {
    if (e instanceof ContentError) return { tags: {}, problems: e.problems };
    throw e;
  }
}

/** The roster; on any problem, no members and the problems (callers must not judge references against an empty roster). */
export function readRoster(root = contentRoot()): { members: Member[]; problems: ContentProblem[] } {
  const file = path.join(root, 'members.yml');
  const rel = repoRelative(file);
  if (!fs.existsSync(file)) return { members: [], problems: [{ file: rel, field: '', message: 'the member roster is missing: create it with one entry per member' }] };
  try {
    const result = safeParseContent(rosterSchema, parseYamlFile(fs.readFileSync(file, 'utf8'), rel) ?? []);
    if (result.success) return { members: result.data, problems: [] };
    return { members: [], problems: problemsFromZod(rel, result.error) };
  } catch (e) {
    if (e instanceof ContentError) return { members: [], problems: e.problems };
    throw e;
  }
}

/** Every MDX page of every language, parsed and validated; problems are collected, not thrown. */
export function readPages(site: Site, root = contentRoot()): { pages: PageEntry[]; problems: ContentProblem[] } {
  const pages: PageEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const { code: lang } of site.languages) {
    for (const kind of PAGE_KINDS) {
      const base = path.join(root, lang, kind);
      for (const relName of listFilesDeep(base, /\.mdx?$/)) {
        const file = path.join(base, relName);
        const rel = repoRelative(file);
        try {
          const split = splitFrontmatter(fs.readFileSync(file, 'utf8'), rel);
          const schema: z.ZodType = schemaFor[kind];
          const result = safeParseContent(schema, split.data);
          if (!result.success) {
            problems.push(...problemsFromZod(rel, result.error));
            continue;
          }
          pages.push({ kind, lang, slug: pageSlug(kind, relName), file: rel, data: result.data, body: split.body, bodyLine: split.bodyLine });
        } catch (e) {
          if (e instanceof ContentError) problems.push(...e.problems);
          else throw e;
        }
      }
    }
  }
  return { pages, problems };
}

export function listFiles(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isFile() && pattern.test(d.name)).map((d) => d.name).sort();
}

export function listFilesDeep(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile() && pattern.test(d.name))
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}
