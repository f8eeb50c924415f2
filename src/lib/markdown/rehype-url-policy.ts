import type { Element, Properties, Root, RootContent } from 'hast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import {
  isExecutableAttribute, isExecutableElement, isUrlAttribute, refusedUrlInAttribute,
} from '../security/url-policy.ts';

/**
 * The second lock behind the content check: whatever reaches the site's Markdown pipeline, no element
 * that runs script, no event handler or inline style, and no address outside the URL policy
 * (src/lib/security/url-policy.ts) comes out of it. The check refuses all of these with a message; this
 * drops them silently, so a build that skipped the check still ships nothing executable, and an address
 * that cannot be parsed is gone before a later step would stop the deploy on it.
 *
 * Three shapes carry markup here: hast elements (Markdown's own, and raw HTML once parsed), MDX JSX
 * elements (`<a href="…">` written in .mdx), and raw HTML not yet parsed (a `.md` page's HTML reaches
 * rehype plugins as text, parsed only after them). The decisions below are shared with the Sätteri twin.
 */

type JsxAttribute = MdxJsxAttribute | MdxJsxExpressionAttribute;
type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** Does this hast property (name as hast spells it, value as hast stores it) have to go? */
export function isRefusedProperty(key: string, value: unknown): boolean {
  if (isExecutableAttribute(key)) return true;
  if (!isUrlAttribute(key) || value === null || value === undefined || typeof value === 'boolean') return false;
  const values = Array.isArray(value) ? value.map(String) : [String(value)];
  return values.some((v) => refusedUrlInAttribute(key, v) !== null);
}

/** The properties with every refused one left out, or null when nothing had to go. */
export function allowedProperties(properties: Properties | undefined): Properties | null {
  const entries = Object.entries(properties ?? {});
  const kept = entries.filter(([key, value]) => !isRefusedProperty(key, value));
  return kept.length === entries.length ? null : Object.fromEntries(kept);
}

/**
 * Does this JSX attribute have to go? Spreads hide what they set; `set:`, `client:` and other directives
 * change how Astro builds the element; an address written as an expression is kept only when it is one
 * plain string the policy allows.
 */
export function isRefusedJsxAttribute(attribute: JsxAttribute): boolean {
  if (attribute.type === 'mdxJsxExpressionAttribute') return true;
  const { name, value } = attribute;
  if (isExecutableAttribute(name)) return true;
  const isUrl = isUrlAttribute(name);
  if (name.includes(':') && !isUrl) return true;
  if (!isUrl || value === null || value === undefined) return false;
  const text = typeof value === 'string' ? value : plainStringOf(value);
  return text === undefined || refusedUrlInAttribute(name, text) !== null;
}

/**
 * `href={"…"}`: the string, when the expression is exactly one string literal. Read from the parsed program
 * when the parser left one (unified does), else from the source text of a quoted string without escapes.
 */
function plainStringOf(value: { value?: string; data?: { estree?: unknown } }): string | undefined {
  const program = value.data?.estree as { body?: Array<{ type: string; expression?: { type: string; value?: unknown } }> } | undefined;
  if (!program) return /^\s*(["'])((?:(?!\1)[^\\])*)\1\s*$/.exec(value.value ?? '')?.[2];
  const [statement, ...more] = program.body ?? [];
  const expression = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  return more.length === 0 && expression?.type === 'Literal' && typeof expression.value === 'string' ? expression.value : undefined;
}

/** The attributes with every refused one left out, or null when nothing had to go. */
export function allowedJsxAttributes(attributes: readonly JsxAttribute[]): JsxAttribute[] | null {
  const kept = attributes.filter((a) => !isRefusedJsxAttribute(a));
  return kept.length === attributes.length ? null : kept;
}

const htmlFragment = unified().use(rehypeParse, { fragment: true });

/**
 * Raw HTML from a `.md` page, judged before it is parsed into the page: unsafe when it holds an element or
 * attribute the rules above would drop. Such a piece is dropped whole; the check has already told its
 * author what to write instead.
 */
export function isUnsafeRawHtml(html: string): boolean {
  let unsafe = false;
  const visit = (node: Root | RootContent) => {
    if (unsafe) return;
    if (node.type === 'element') {
      if (isExecutableElement(node.tagName) || allowedProperties(node.properties) !== null) unsafe = true;
      if (node.content) visit(node.content);
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(htmlFragment.parse(html));
  return unsafe;
}

const isJsx = (node: { type: string }): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** An element or component to drop whole: HTML that runs script or embeds another document. */
export function isRefusedElementName(name: string | null): boolean {
  return name !== null && /^[a-z]/.test(name) && isExecutableElement(name);
}

export function rehypeUrlPolicy() {
  return (tree: Root) => {
    const clean = (parent: Root | Element | JsxElement) => {
      const children = parent.children as Array<RootContent | JsxElement>;
      for (let i = children.length - 1; i >= 0; i--) {
        const node = children[i]!;
        if (node.type === 'raw' && isUnsafeRawHtml(node.value)) {
          children.splice(i, 1);
          continue;
        }
        if (node.type === 'element') {
          if (isRefusedElementName(node.tagName)) {
            children.splice(i, 1);
            continue;
          }
          const properties = allowedProperties(node.properties);
          if (properties) node.properties = properties;
          clean(node);
        } else if (isJsx(node)) {
          if (isRefusedElementName(node.name)) {
            children.splice(i, 1);
            continue;
          }
          const attributes = allowedJsxAttributes(node.attributes);
          if (attributes) node.attributes = attributes;
          clean(node);
        }
      }
    };
    clean(tree);
  };
}

