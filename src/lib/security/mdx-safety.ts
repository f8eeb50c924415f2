import type { Program } from 'estree';
import type { Element as HastElement, Root as HastRoot } from 'hast';
import type { Html, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import rehypeParse from 'rehype-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { fenceProblems, markdownBody, splitFrontmatterLeniently } from '../content/frontmatter.ts';
import type { ContentProblem } from '../errors.ts';
import { DEFAULT_POLICY, type SafetyPolicy } from './allowed-components.ts';
import { elementFindings, type ElementAttribute, type ElementInput } from './element-rules.ts';
import { esmFindings } from './esm-rules.ts';
import { unsafeExpression } from './expression-rules.ts';
import { markdownUrlFindings, type LocalFiles } from './markdown-url-rules.ts';

/**
 * The content check for contributor pages. An `.mdx` page is a program: its imports, exports and `{…}`
 * expressions run at build time with access to the build machine's files, network and secrets, and its
 * elements reach every reader's browser. This check reads the page the way the build does (Astro's own
 * frontmatter split, then the body Astro compiles, parsed as MDX with GFM) and lets through only text,
 * Markdown, plain values, the site's own components and addresses the URL policy allows.
 *
 * `.md` pages run no code, but their raw HTML still reaches readers, so its elements get the same rules.
 */
/**
 * remark-mdx parks each expression's parsed program on `data.estree`. Read it through a local type: other
 * packages in the tree declare MDX node shapes without that field, and which declaration wins varies.
 */
function estreeOf(node: { data?: unknown }): Program | undefined {
  return (node.data as { estree?: Program | null } | undefined)?.estree ?? undefined;
}

/**
 * Every problem in one page. `files` tells how a path next to the page resolves on disk (for images); the
 * check passes it, and without it image files are not looked for.
 */
export function mdxSafetyProblems(file: string, source: string, policy: SafetyPolicy = DEFAULT_POLICY, files?: LocalFiles): ContentProblem[] {
  const isMdx = !/\.md$/i.test(file);
  const problem = (line: number | undefined, message: string): ContentProblem => ({ file, field: '', line, message });
  const problems: ContentProblem[] = fenceProblems(source).map((f) => problem(f.line, f.message));

  // The body with the frontmatter blanked out, as Astro hands it to the compiler; `.md` bodies Astro also trims.
  const { body } = splitFrontmatterLeniently(source);
  let tree: Root;
  try {
    const parser = unified().use(remarkParse).use(remarkGfm);
    tree = isMdx ? parser.use(remarkMdx).parse(body) : parser.parse(markdownBody(body));
  } catch (e) {
    const error = e as { line?: number; reason?: string; message?: string };
    return [...problems, problem(error.line, `this page cannot be read as MDX (${error.reason ?? error.message}): check for an unclosed < or {; to show them as text, write \\< and \\{`)];
  }

  for (const f of markdownUrlFindings(tree, files)) problems.push(problem(f.line, f.message));
  visit(tree, (node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        for (const f of esmFindings(estreeOf(node), line, policy)) problems.push(problem(f.line, f.message));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const program = estreeOf(node);
        const unsafe = program ? unsafeExpression(program) : { line, reason: 'it could not be read' };
        if (unsafe) {
          problems.push(problem(unsafe.line ?? line,
            `{${snippet(node.value)}} is not allowed: ${unsafe.reason}. Write the text itself instead; to show a curly brace as text, write \\{`));
        }
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const f of elementFindings(fromJsx(node), policy)) problems.push(problem(f.line, f.message));
        break;
      case 'html':
        for (const el of fromHtml(node)) for (const f of elementFindings(el, policy)) problems.push(problem(f.line, f.message));
        break;
    }
  });
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function snippet(code: string): string {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

function fromJsx(node: MdxJsxFlowElement | MdxJsxTextElement): ElementInput {
  const line = node.position?.start.line;
  return {
    name: node.name,
    line,
    attributes: node.attributes.map((a: MdxJsxAttribute | MdxJsxExpressionAttribute): ElementAttribute => {
      const at = a.position?.start.line ?? line;
      if (a.type === 'mdxJsxExpressionAttribute') return { kind: 'spread', line: at };
      if (a.value === null || a.value === undefined || typeof a.value === 'string') {
        return { kind: 'text', name: a.name, value: a.value ?? null, line: at };
      }
      return { kind: 'expression', name: a.name, program: a.value.data?.estree as Program | undefined, line: at };
    }),
  };
}

/** Raw HTML inside a `.md` page, parsed as a browser would, each element with its line in the page. */
function fromHtml(node: Html): ElementInput[] {
  const offset = (node.position?.start.line ?? 1) - 1;
  const hast = unified().use(rehypeParse, { fragment: true }).parse(node.value) as HastRoot;
  const elements: ElementInput[] = [];
  visit(hast, 'element', (el: HastElement) => {
    const line = el.position ? el.position.start.line + offset : offset + 1;
    elements.push({
      name: el.tagName,
      line,
      markdown: true,
      attributes: Object.entries(el.properties).map(([name, value]) => ({
        kind: 'text' as const,
        // hast camel-cases property names (onError); members wrote HTML attributes (onerror).
        name: name.toLowerCase(),
        value: Array.isArray(value) ? value.join(' ') : value === null || value === undefined ? null : String(value),
        line,
      })),
    });
  });
  return elements;
}
