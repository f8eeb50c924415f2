import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { compile } from '@mdx-js/mdx';
import * as markdownRemark from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { removePosition } from 'unist-util-remove-position';
import { describe, expect, it } from 'vitest';
import { mdxSafetyProblems } from '../security/mdx-safety.ts';
import { fenceProblems, markdownBody, splitFrontmatter, splitFrontmatterLeniently } from './frontmatter.ts';

/**
 * A differential test: a corpus of frontmatter fences, each read by the content check and by the splitter
 * Astro's MDX integration and content layer load themselves. Any disagreement about where the frontmatter
 * ends, what it holds, or whether code follows it fails here.
 */
type Split = (code: string, options?: { frontmatter: 'empty-with-spaces' }) => { frontmatter: Record<string, unknown>; rawFrontmatter: string; content: string };

/** The module a package itself imports for `@astrojs/internal-helpers/frontmatter`, resolved from that package. */
async function splitterOf(pkg: string): Promise<Split> {
  const from = createRequire(import.meta.url).resolve(`${pkg}/package.json`);
  const file = createRequire(from).resolve('@astrojs/internal-helpers/frontmatter');
  return ((await import(pathToFileURL(file).href)) as { parseFrontmatter: Split }).parseFrontmatter;
}

const mdxSplit = await splitterOf('@astrojs/mdx');
const contentLayerSplit = await splitterOf('astro');

const HIDDEN = 'export const x = process.getBuiltinModule("node:fs").writeFileSync("/tmp/pwned", "1")';

/** Every fence shape the issue lists, and their combinations with BOMs, CRLF and leading blank lines. */
/** `plain`: both fences are exactly --- and the first one is the file's first line; the check must accept those fences. */
function corpus(): Array<{ name: string; source: string; plain: boolean }> {
  const openers = ['---', '+++', '--- x', '----'];
  const closers = ['---', '----', '--- x', '--- -', '---\t', '--- ', '+++', null];
  const prefixes: Array<[string, string]> = [['', ''], ['BOM', '\uFEFF'], ['blank lines', '\n\n'], ['spaces line', '  \n']];
  const bodies: Array<[string, string]> = [
    ['hidden export', `\n${HIDDEN}\n\nText.\n`],
    ['export right after', `${HIDDEN}\n`],
    // The exploit on the old check: remark ended the frontmatter at the later plain fence, hiding the export.
    ['export, then a plain fence', `${HIDDEN}\n\n---\n\nText.\n`],
    ['fences in a code block', '\n```md\n---\nexport const y = 1\n---\n```\n\nText.\n'],
    ['a thematic break', '\nText.\n\n---\n\nMore text.\n'],
  ];
  const out: Array<{ name: string; source: string; plain: boolean }> = [];
  for (const opener of openers) {
    for (const closer of closers) {
      for (const [prefixName, prefix] of prefixes) {
        for (const [bodyName, body] of bodies) {
          for (const eol of ['\n', '\r\n']) {
            const lines = [opener, 'title: "Minutes"', 'tags: [a, b]'];
            if (closer !== null) lines.push(closer);
            const source = (prefix + lines.join('\n') + '\n' + body).replace(/\n/g, eol);
            const plain = opener === '---' && closer === '---' && (prefix === '' || prefix === '\uFEFF');
            out.push({ name: `${JSON.stringify(opener)} … ${JSON.stringify(closer)}, ${prefixName || 'no prefix'}, ${bodyName}, ${eol === '\n' ? 'LF' : 'CRLF'}`, source, plain });
          }
        }
      }
    }
  }
  // Shapes the grid above does not reach: fences inside the frontmatter's values, an empty frontmatter,
  // a file that is only a fence, a block scalar that quotes a fence.
  out.push(
    { name: 'empty frontmatter', source: `---\n---\n${HIDDEN}\n`, plain: true },
    { name: 'only a fence', source: '---\n', plain: false },
    { name: 'fence inside a quoted value', source: `---\ntitle: "a\n--- b"\n---\n${HIDDEN}\n`, plain: false },
    { name: 'indented fence in a block scalar', source: `---\nsummary: |\n  ---\n  text\n---\n${HIDDEN}\n`, plain: true },
    { name: 'no frontmatter, code block first', source: '```\n---\ntitle: x\n---\n```\n', plain: true },
  );
  return out;
}

const cases = corpus();

/** Does the build's compiler turn this body into a program that exports something? */
async function compilesToExport(body: string): Promise<boolean> {
  try {
    return /\bexport const x\b/.test(String(await compile(body)));
  } catch {
    return false; // the build stops on a compile error: nothing runs
  }
}

const mdast = (text: string) => {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
  removePosition(tree, { force: true });
  return tree;
};

describe('the check reads frontmatter with the code Astro runs', () => {
  it('is the very function @astrojs/mdx and the content layer import', () => {
    expect(markdownRemark.parseFrontmatter).toBe(mdxSplit);
    expect(markdownRemark.parseFrontmatter).toBe(contentLayerSplit);
  });

  it(`has a corpus of ${cases.length} fence variants`, () => {
    expect(cases.length).toBeGreaterThan(600);
  });

  it.each(cases)('$name', async ({ name, source, plain }) => {
    let astro: ReturnType<Split> | undefined;
    let astroError: unknown;
    try {
      astro = mdxSplit(source, { frontmatter: 'empty-with-spaces' });
    } catch (e) {
      astroError = e;
    }
    const lenient = splitFrontmatterLeniently(source);
    if (astro) {
      // Same frontmatter, same body: what the check reads is what the build compiles.
      expect(splitFrontmatter(source, name).data).toEqual(astro.frontmatter);
      expect(lenient.body).toBe(astro.content);
      expect(lenient.raw).toBe(astro.rawFrontmatter);
      // A .md page is rendered from Astro's trimmed body; the check's version keeps lines but means the same.
      expect(mdast(markdownBody(lenient.body))).toEqual(mdast(astro.content.trim()));
    } else {
      // Astro refuses the file; so does the check, with a line.
      expect(() => splitFrontmatter(source, name)).toThrow();
      expect(astroError).toBeDefined();
    }

    // Whatever the build would export, the check refuses.
    const problems = mdxSafetyProblems('page.mdx', source).map((p) => p.message);
    if (astro && (await compilesToExport(astro.content))) {
      expect(problems.some((m) => /cannot export anything/.test(m)), 'the check must see the export the build compiles').toBe(true);
    }
    // And every other fence is refused (as a fence, or as frontmatter that does not parse), so no file means two things.
    if (plain) expect(fenceProblems(source)).toEqual([]);
    else if (astro?.rawFrontmatter || /^---\r?$/.test(source.split('\n')[0]!)) {
      expect(fenceProblems(source).length > 0 || astroError !== undefined, 'a fence problem or a frontmatter error').toBe(true);
    }
  });
});

describe('splitFrontmatter', () => {
  it('gives the body with the frontmatter blanked, so lines match the file', () => {
    const split = splitFrontmatter('---\ntitle: Mission\norder: 2\n---\n\n# Why\n', 'f.mdx');
    expect(split.data).toEqual({ title: 'Mission', order: 2 });
    expect(split.body.split('\n')[5]).toBe('# Why');
    expect(split.fenceLine).toBe(1);
    expect(split.bodyLine).toBe(5);
  });

  it('reads dates as the build does', () => {
    expect(splitFrontmatter('---\ndate: 2024-03-01\n---\n', 'f.mdx').data.date).toEqual(new Date('2024-03-01T00:00:00Z'));
  });

  it('names the file and line of broken YAML', () => {
    expect(() => splitFrontmatter('---\ntitle: x\nlist: [a\n---\n', 'content/en/documents/x.mdx')).toThrow(
      /content\/en\/documents\/x\.mdx:4: the frontmatter is not valid YAML \(.+\): check quotes and indentation near this line/,
    );
  });

  it('refuses frontmatter that is not a list of fields', () => {
    expect(() => splitFrontmatter('---\n- a\n- b\n---\n', 'x.mdx')).toThrow(/must be a list of "field: value" lines/);
  });
});

describe('fenceProblems', () => {
  it.each([
    ['---\ntitle: x\n----\n', 3, 'this line closes the frontmatter as "----": make it exactly ---'],
    ['---\ntitle: x\n---\t\n', 3, 'this line closes the frontmatter as "---\\t": make it exactly ---'],
    ['+++\ntitle = "x"\n+++\n', 1, 'this line opens the frontmatter as "+++": make it exactly ---'],
    ['\n---\ntitle: x\n---\n', 2, 'the frontmatter must start on the very first line of the file'],
    ['---\ntitle: x\n', 1, 'the frontmatter opened on this line is never closed'],
  ])('names the line of %j', (source, line, message) => {
    const [first] = fenceProblems(source);
    expect(first?.line).toBe(line);
    expect(first?.message.startsWith(message)).toBe(true);
  });

  it('accepts the one plain form, with a BOM or CRLF', () => {
    for (const source of ['---\ntitle: x\n---\nText\n', '\uFEFF---\r\ntitle: x\r\n---\r\n', 'No frontmatter.\n\n---\n\nA break.\n']) {
      expect(fenceProblems(source)).toEqual([]);
    }
  });
});
