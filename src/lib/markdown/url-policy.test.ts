import fs from 'node:fs';
import path from 'node:path';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { executableParts } from '../../../test/support/executable-parts.ts';
import { isRefusedJsxAttribute, isRefusedProperty, isUnsafeRawHtml, urlPolicy } from './url-policy.ts';

/**
 * fixtures/url-policy/<case>.md → <case>.expected.html, through Sätteri as the build runs it; <case>.mdx →
 * <case>.expected.jsx, the JSX Sätteri compiles the page to (what Astro renders), so components and their
 * attributes can be read. UPDATE_FIXTURES=1 rewrites the expected files; review the diff.
 */
const dir = path.join(import.meta.dirname, 'fixtures', 'url-policy');
const cases = fs.readdirSync(dir).filter((n) => /\.mdx?$/.test(n)).sort();

async function render(name: string): Promise<string> {
  const source = fs.readFileSync(path.join(dir, name), 'utf8');
  if (name.endsWith('.md')) return (await markdownToHtml(source, { hastPlugins: [urlPolicy()] })).html;
  const { code } = await mdxToJs(source, { hastPlugins: [urlPolicy()], jsx: true });
  // The page's content: what _createMdxContent returns.
  const content = /function _createMdxContent[\s\S]*?\n {4}return ([\s\S]*?);\n\}/.exec(code);
  if (!content) throw new Error(`no content found in the compiled ${name}:\n${code}`);
  return content[1]!;
}

/** What would run in a browser, read from the compiled JSX: elements and attributes that are code, and bad addresses. */
function executableJsx(jsx: string): string[] {
  return [...jsx.matchAll(/<(script|iframe|object|embed|svg)\b|\s(on[a-z]+)=|\s(set:html|set:text|client:[a-z]+)=|\{\.\.\.(?!props)|(javascript|vbscript|data):/gi)].map((m) => m[0].trim());
}

describe('urlPolicy fixtures', () => {
  it.each(cases)('%s', async (name) => {
    const actual = `${(await render(name)).trim()}\n`;
    const expectedFile = path.join(dir, name.replace(/\.(mdx?)$/, (_, ext: string) => (ext === 'md' ? '.expected.html' : '.expected.jsx')));
    if (process.env.UPDATE_FIXTURES === '1') fs.writeFileSync(expectedFile, actual);
    expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8'));
    // Judged independently of the plugin: nothing left that runs code.
    if (name.endsWith('.md')) expect(executableParts(actual)).toEqual([]);
    else expect(executableJsx(actual)).toEqual([]);
  });

  it('judges the compiled JSX by what would run, so the check above can fail', async () => {
    const source = fs.readFileSync(path.join(dir, 'jsx.mdx'), 'utf8');
    const { code } = await mdxToJs(source, { jsx: true });
    expect(executableJsx(code).length).toBeGreaterThan(3);
  });

  it('keeps safe links and HTML as they are', async () => {
    const source = '[a](https://example.org/) <b title="t">b</b> ![p](/img/p.png)';
    const plain = await markdownToHtml(source);
    expect((await markdownToHtml(source, { hastPlugins: [urlPolicy()] })).html).toBe(plain.html);
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
