/**
 * `npm run check`: every problem in the organization's content, python/peps style, one
 * `path:line: field: message` per line on stderr, then a count. Exit 1 when there is any.
 * Pull-request CI and `npm run build` run it, so a member sees all their mistakes before anyone reviews.
 *
 * Each check takes the content folder and returns problems; add a check by adding it to CHECKS.
 */
import fs from 'node:fs';
import path from 'node:path';
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { contentFileProblems, localFilesNear } from '../src/lib/content/files.ts';
import { splitFrontmatter } from '../src/lib/content/frontmatter.ts';
import { listFilesDeep, readSiteIfValid } from '../src/lib/content/load.ts';
import { contentRoot, repoRelative } from '../src/lib/content/paths.ts';
import { contentProblems } from '../src/lib/content/validate.ts';
import { yamlFieldLine } from '../src/lib/content/yaml-line.ts';
import { ContentError, formatProblem, type ContentProblem } from '../src/lib/errors.ts';
import { mdxSafetyProblems } from '../src/lib/security/mdx-safety.ts';
import { translationContentProblems } from '../src/lib/translations/check.ts';
import { pollContentProblems } from '../src/lib/polls/check.ts';
import { readDigestRecords } from '../src/lib/digest/load.ts';

interface ContentCheck {
  name: string;
  run: (root: string) => ContentProblem[];
}

const CHECKS: ContentCheck[] = [
  // Every entry under content/ is a plain file or folder: no symbolic links.
  { name: 'files', run: contentFileProblems },
  // Site settings, chapters, roster (with duplicates and unknown chapters), page frontmatter, authors, scopes, slugs.
  { name: 'schemas and cross-checks', run: contentProblems },
  // Every page anywhere under content/, whatever its language or folder: MDX runs at build time.
  { name: 'MDX safety', run: mdxSafety },
  // Glossaries, and interface strings under unknown keys or with lost {placeholders} (untranslated ones are a to-do, not an error).
  { name: 'translations', run: translationContentProblems },
  // Poll definitions, what they froze once open, the committed state and result files, and main's history of them.
  { name: 'polls', run: pollProblems },
  // Published digests: each names the period it covers, in a file named after the day it ends.
  { name: 'digests', run: (root) => readDigestRecords(root).problems },
];

function pollProblems(root: string): ContentProblem[] {
  const site = readSiteIfValid(root);
  return site ? pollContentProblems(site, root) : [];
}

function mdxSafety(root: string): ContentProblem[] {
  return listFilesDeep(root, /\.mdx?$/).flatMap((rel) => {
    const file = path.join(root, rel);
    return mdxSafetyProblems(repoRelative(file), fs.readFileSync(file, 'utf8'), undefined, localFilesNear(root, file));
  });
}

/** Give YAML problems the line of their field, so editors and GitHub can jump to it. */
function withLine(problem: ContentProblem): ContentProblem {
  if (problem.line || !problem.field || !fs.existsSync(problem.file)) return problem;
  const source = fs.readFileSync(problem.file, 'utf8');
  if (/\.ya?ml$/.test(problem.file)) return { ...problem, line: yamlFieldLine(source, problem.field) };
  if (!/\.mdx?$/.test(problem.file)) return problem;
  try {
    // The raw frontmatter starts on the opening fence's line.
    const { raw, fenceLine } = splitFrontmatter(source, problem.file);
    const line = raw ? yamlFieldLine(raw, problem.field) : undefined;
    return line ? { ...problem, line: fenceLine + line - 1 } : problem;
  } catch {
    return problem;
  }
}

const command = {
  name: 'npm run check',
  summary: 'check every content file (schemas, roster, authors, scopes, MDX safety, translations, frozen polls) and print each problem as path:line: field: message. Exits 1 when there is any.',
  flags: {
    json: { type: 'boolean', description: 'also print the problems as JSON on stdout' },
  },
  env: { CHAPTERHOUSE_CONTENT: 'check another content folder instead of content/' },
  examples: ['npm run check', 'npm run check -- --json > problems.json'],
} as const;

await runCommand(command, async ({ flags }) => {
  const root = contentRoot();
  if (!fs.existsSync(root)) {
    progress(`✖ There is no content folder at ${repoRelative(root) || root}: run this from the repository root, or set CHAPTERHOUSE_CONTENT.`);
    return 1;
  }
  const problems: ContentProblem[] = [];
  for (const check of CHECKS) {
    try {
      problems.push(...check.run(root));
    } catch (e) {
      // A check that throws a ContentError still reports what it found; anything else is a bug.
      if (e instanceof ContentError) problems.push(...e.problems);
      else throw e;
    }
  }
  // A page whose frontmatter cannot be read is reported by two checks: say it once.
  const unique = [...new Map(problems.map(withLine).map((p) => [formatProblem(p), p])).values()];
  const all = unique.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  // Notes are printed after the problems and fail nothing.
  const located = all.filter((p) => p.level !== 'note');
  const notes = all.filter((p) => p.level === 'note');

  if (flags.json) process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
  for (const p of [...located, ...notes]) process.stderr.write(`${formatProblem(p)}\n`);
  if (located.length === 0) {
    progress(`✓ content is fine (${CHECKS.map((c) => c.name).join(', ')})${notes.length ? `; ${notes.length} note${notes.length === 1 ? '' : 's'} above` : ''}`);
    return 0;
  }
  const files = new Set(located.map((p) => p.file)).size;
  progress(`✖ ${located.length} problem${located.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: fix them and run "npm run check" again`);
  return 1;
});
