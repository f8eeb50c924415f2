import fs from 'node:fs';
import path from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { executableParts } from '../../../test/support/executable-parts.ts';
import { isRefusedJsxAttribute, isRefusedProperty, isUnsafeRawHtml, rehypeUrlPolicy } from './rehype-url-policy.ts';
import { satteriUrlPolicy } from './satteri-links.ts';

/**
 * fixtures/url-policy/<case>.{md,mdx} → <case>.expected.html. `.md` cases go through Astro's own Markdown
 * processor (which parses raw HTML after our plugin, as in the build); `.mdx` cases through remark-mdx, with
 * JSX shown as the elements it would render. UPDATE_FIXTURES=1 rewrites the expected files; review the diff.
 */
const dir = path.join(import.meta.dirname, 'fixtures', 'url-policy');
const cases = fs.readdirSync(dir).filter((n) => /\.mdx?$/.test(n)).sort();

const markdown = await createMarkdownProcessor({ rehypePlugins: [rehypeUrlPolicy], gfm: true, smartypants: false });

/** MDX JSX, shown as the element Astro would render, so the output can be read as HTML. */
function jsxAsElements(node: Root | RootContent): void {
  if (!('children' in node)) return;
  node.children = node.children.map((child) => {
    if (child.type !== 'mdxJsxFlowElement' && child.type !== 'mdxJsxTextElement') return child;
    const properties = Object.fromEntries(child.attributes.map((a) =>
      a.type === 'mdxJsxExpressionAttribute' ? [`{${a.value}}`, ''] : [a.name, typeof a.value === 'string' || a.value === null || a.value === undefined ? a.value ?? '' : `{${a.value.value}}`]));
    const element: Element = { type: 'element', tagName: child.name ?? 'fragment', properties, children: child.children as ElementContent[] };
    return element;
  }) as typeof node.children;
  node.children.forEach(jsxAsElements);
}

async function render(name: string): Promise<string> {
  const source = fs.readFileSync(path.join(dir, name), 'utf8');
  if (name.endsWith('.md')) return (await markdown.render(source)).code;
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMdx)
    .use(remarkRehype, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'] })
    .use(rehypeUrlPolicy);
  const tree = (await processor.run(processor.parse(source))) as Root;
  jsxAsElements(tree);
  return toHtml(tree, { allowDangerousHtml: true });
}

describe('rehypeUrlPolicy fixtures', () => {
  it.each(cases)('%s', async (name) => {
    const actual = `${(await render(name)).trim()}\n`;
    const expectedFile = path.join(dir, name.replace(/\.mdx?$/, '.expected.html'));
    if (process.env.UPDATE_FIXTURES === '1') fs.writeFileSync(expectedFile, actual);
    expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8'));
    // Judged independently of the plugin: nothing left that runs code.
    expect(executableParts(actual)).toEqual([]);
  });
});

describe('the Sätteri twin', () => {
  it.each(cases.filter((n) => n.endsWith('.md')))('leaves nothing executable in %s', async (name) => {
    const source = fs.readFileSync(path.join(dir, name), 'utf8');
    const { html } = await markdownToHtml(source, { hastPlugins: [satteriUrlPolicy()] });
    expect(executableParts(html)).toEqual([]);
    expect(html).not.toMatch(/<(?:script|svg|animate)\b/i);
  });

  it('keeps safe links and HTML as they are', async () => {
    const source = '[a](https://example.org/) <b title="t">b</b> ![p](/img/p.png)';
    const plain = await markdownToHtml(source);
    expect((await markdownToHtml(source, { hastPlugins: [satteriUrlPolicy()] })).html).toBe(plain.html);
  });
});

describe('the shared decisions', () => {
  it('refuses properties by name and by address', () => {
    expect(isRefusedProperty('onClick', 'x')).toBe(true);
    expect(isRefusedProperty('style', 'color:red')).toBe(true);
    expect(isRefusedProperty('href', 'javascript:x')).toBe(true);
    expect(isRefusedProperty('href', 'http://[::1')).toBe(true);
    expect(isRefusedProperty('srcSet', ['a.png 1x', 'javascript:x 2x'])).toBe(true);
    expect(isRefusedProperty('href', 'https://example.org/')).toBe(false);
    expect(isRefusedProperty('title', 'javascript:x')).toBe(false);
  });

  it('refuses JSX spreads, directives and addresses it cannot read', () => {
    const text = (name: string, value: string | null) => ({ type: 'mdxJsxAttribute' as const, name, value });
    const expression = (name: string, code: string) => ({ type: 'mdxJsxAttribute' as const, name, value: { type: 'mdxJsxAttributeValueExpression' as const, value: code } });
    expect(isRefusedJsxAttribute({ type: 'mdxJsxExpressionAttribute', value: '...x' })).toBe(true);
    expect(isRefusedJsxAttribute(text('set:html', '<b>'))).toBe(true);
    expect(isRefusedJsxAttribute(text('client:load', ''))).toBe(true);
    expect(isRefusedJsxAttribute(expression('href', 'url'))).toBe(true);
    expect(isRefusedJsxAttribute(expression('href', '"javascript:x"'))).toBe(true);
    expect(isRefusedJsxAttribute(expression('href', '"https://example.org/"'))).toBe(false);
    expect(isRefusedJsxAttribute(text('kind', 'note'))).toBe(false);
  });

  it('judges raw HTML as a browser parses it', () => {
    expect(isUnsafeRawHtml('<img src=x onerror=alert(1)>')).toBe(true);
    expect(isUnsafeRawHtml('<a href="java&#x09;script:x">')).toBe(true);
    expect(isUnsafeRawHtml('<template><img src=x onerror=y></template>')).toBe(true);
    expect(isUnsafeRawHtml('<a href="https://example.org/">')).toBe(false);
    expect(isUnsafeRawHtml('</a>')).toBe(false);
  });
});
