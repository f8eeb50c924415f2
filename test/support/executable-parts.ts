import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/**
 * Independent of the sanitizer: parse HTML the way a browser would and list everything in it that
 * could run code or send the reader somewhere by itself. Used on sanitizer output; an empty list
 * means nothing executable survived.
 */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'style', 'link', 'meta', 'base',
  'svg', 'math', 'template', 'noscript', 'button', 'textarea', 'select',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'data', 'codebase', 'srcset', 'longdesc', 'ping']);
const BAD_SCHEMES = ['javascript:', 'vbscript:', 'data:'];

const parser = unified().use(rehypeParse, { fragment: true });

export function executableParts(html: string): string[] {
  const found: string[] = [];
  visit(parser.parse(html), found);
  return found;
}

function visit(node: Root | RootContent, found: string[]): void {
  if (node.type === 'element') checkElement(node, found);
  if ('children' in node) for (const child of node.children) visit(child, found);
  // <template> keeps its content apart from its children in hast.
  if (node.type === 'element' && node.content) visit(node.content, found);
}

function checkElement(node: Element, found: string[]): void {
  if (FORBIDDEN_ELEMENTS.has(node.tagName.toLowerCase())) found.push(`<${node.tagName}>`);
  for (const [key, raw] of Object.entries(node.properties)) {
    const name = attributeName(key);
    if (name.startsWith('on')) found.push(`${name} on <${node.tagName}>`);
    if (name === 'style') found.push(`style on <${node.tagName}>`);
    if (name === 'srcdoc') found.push(`srcdoc on <${node.tagName}>`);
    if (URL_ATTRIBUTES.has(name)) {
      const values = Array.isArray(raw) ? raw.map(String) : [String(raw)];
      for (const value of values) {
        // The parser decoded entities already; browsers also ignore ASCII whitespace and controls here.
        // eslint-disable-next-line no-control-regex
        const squeezed = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        const scheme = BAD_SCHEMES.find((s) => squeezed.startsWith(s));
        if (scheme) found.push(`${scheme} in ${name} on <${node.tagName}>`);
      }
    }
  }
}

/** hast property names back to HTML attribute names: onClick → onclick, xLinkHref → xlink:href. */
function attributeName(key: string): string {
  if (key === 'xLinkHref') return 'xlink:href';
  if (key === 'className') return 'class';
  return key.toLowerCase();
}
