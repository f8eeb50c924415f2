import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../errors.ts';
import { listFilesDeep } from '../content/load.ts';
import { DEFAULT_POLICY } from './allowed-components.ts';
import { mdxSafetyProblems } from './mdx-safety.ts';

const here = path.dirname(new URL(import.meta.url).pathname);
const fixtures = path.join(here, 'fixtures');
const pages = (dir: string) => listFilesDeep(path.join(fixtures, dir), /\.mdx?$/);

/** Problems as a member sees them, one `path:line: message` per line. */
function report(rel: string): string {
  const source = fs.readFileSync(path.join(fixtures, rel), 'utf8');
  return mdxSafetyProblems(rel, source).map(formatProblem).join('\n');
}

describe('hostile pages are refused, with the messages a member reads', () => {
  const hostile = pages('hostile');
  it('has the fixtures the issue names', () => {
    for (const name of ['read-file-import', 'process-env', 'dynamic-import', 'fetch-url', 'require-child-process',
      'global-this', 'constructor-chain', 'export-const', 'script-element', 'onerror-attribute', 'import-meta-env',
      // Issue 14: fences Astro and the old check read differently, links and addresses, inline styles.
      'fence-four-dashes', 'fence-trailing-text', 'fence-tab', 'fence-toml', 'fence-mismatched', 'fence-bom-crlf',
      'fence-blank-lines-before', 'fence-never-closed', 'entity-jsx-attribute', 'markdown-link', 'reference-definition',
      'expression-href', 'srcset-and-poster', 'style-overlay', 'unparseable-url', 'jsx-event-handler']) {
      expect(hostile).toContain(`${name}.mdx`);
    }
    for (const name of ['entity-tab-scheme', 'entity-markdown-link', 'autolink-scheme', 'reference-links', 'data-url', 'other-schemes',
      'raw-img-onerror', 'style-overlay-html', 'malformed-percent', 'ipv6-markdown-link']) {
      expect(hostile).toContain(`${name}.md`);
    }
    // Each page has its own expected file: a .md and an .mdx of the same name would share one.
    const bases = hostile.map((n) => n.replace(/\.mdx?$/, ''));
    expect(new Set(bases).size).toBe(bases.length);
  });

  it.each(hostile)('%s', (name) => {
    const rel = `hostile/${name}`;
    const actual = report(rel);
    expect(actual, 'a hostile page must produce at least one problem').not.toBe('');
    const expectedFile = path.join(fixtures, 'hostile', name.replace(/\.mdx?$/, '.expected.txt'));
    if (process.env.UPDATE_FIXTURES) fs.writeFileSync(expectedFile, `${actual}\n`);
    expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8').trimEnd());
  });
});

describe('safe pages pass', () => {
  it.each(pages('safe'))('%s', (name) => {
    expect(report(`safe/${name}`)).toBe('');
  });
});

describe('imports of the site\'s components', () => {
  const policy = { components: ['Callout', 'Figure', 'Video'], componentModules: ['@components/mdx'] };

  it('are refused by default, with a message saying none is needed', () => {
    const [problem, ...rest] = mdxSafetyProblems('p.mdx', "import { Callout } from '@components/mdx'\n\nText\n");
    expect(rest).toEqual([]);
    expect(formatProblem(problem!)).toBe(
      "p.mdx:1: \"import … from '@components/mdx'\" is not allowed, because pages cannot import anything. The component Callout works without an import: delete this line",
    );
  });

  it('are accepted from a module the policy names, by their own names only', () => {
    expect(mdxSafetyProblems('p.mdx', "import { Callout, Figure } from '@components/mdx'\n", policy)).toEqual([]);
    for (const line of [
      "import { Callout as C } from '@components/mdx'",
      "import * as all from '@components/mdx'",
      "import Callout from '@components/mdx'",
      "import { readFileSync } from '@components/mdx'",
    ]) {
      expect(mdxSafetyProblems('p.mdx', `${line}\n`, policy).map((p) => p.message), line).toEqual([
        "only the components Callout, Figure or Video may be imported from '@components/mdx', each under its own name (import { Callout } from '@components/mdx')",
      ]);
    }
    expect(mdxSafetyProblems('p.mdx', "import fs from 'node:fs'\n", policy)).toHaveLength(1);
  });
});

it('names the line of a page that cannot be parsed instead of throwing', () => {
  const [problem] = mdxSafetyProblems('broken.mdx', '# Title\n\nA <b>bold claim\n\nmore {unclosed\n');
  expect(problem?.line).toBeGreaterThan(1);
  expect(problem?.message).toMatch(/^this page cannot be read as MDX \(.+\): check for an unclosed < or \{/);
});

it('allows exactly the components the site provides to MDX pages', () => {
  // mdxComponents is an object literal of imported .astro files, which node cannot load: read its keys.
  const source = fs.readFileSync(path.resolve(here, '../../components/mdx/index.ts'), 'utf8');
  const literal = /export const mdxComponents\s*=\s*\{([^}]*)\}/.exec(source);
  expect(literal, 'src/components/mdx/index.ts should export mdxComponents = { … }').not.toBeNull();
  const provided = literal![1]!.split(',').map((part) => part.split(':')[0]!.trim()).filter(Boolean);
  expect([...DEFAULT_POLICY.components].sort()).toEqual(provided.sort());
});

it('the demo organization\'s content passes', () => {
  // Discovered at run time: pages are added to content/ all the time and each must stay safe.
  const root = path.resolve(here, '../../../content');
  const files = listFilesDeep(root, /\.mdx?$/);
  expect(files.length).toBeGreaterThan(0);
  const problems = files.flatMap((rel) => mdxSafetyProblems(`content/${rel}`, fs.readFileSync(path.join(root, rel), 'utf8')));
  expect(problems.map(formatProblem)).toEqual([]);
});
