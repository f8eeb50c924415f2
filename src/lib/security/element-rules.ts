import type { Node as EsNode } from 'estree';
import {
  nameList, REFUSED_ATTRIBUTES, REFUSED_HTML_TAGS, SAFE_HTML_TAGS, SAFE_URL_SCHEMES, URL_ATTRIBUTES, type SafetyPolicy,
} from './allowed-components.ts';
import { unsafeExpression } from './expression-rules.ts';

/**
 * Which elements and attributes a page may write, whether as MDX (JSX) or as raw HTML in Markdown.
 * Both parsers are mapped onto this one shape so the rules exist once.
 */

export type ElementAttribute =
  | { kind: 'text'; name: string; value: string | null; line: number | undefined }
  | { kind: 'expression'; name: string; program: EsNode | undefined; line: number | undefined }
  | { kind: 'spread'; line: number | undefined };

export interface ElementInput {
  /** `null` for a fragment (`<>…</>`), which renders nothing of its own. */
  name: string | null;
  line: number | undefined;
  attributes: ElementAttribute[];
  /** Raw HTML in a `.md` page: parsed as HTML, where the site's components do not exist. */
  markdown?: boolean;
}

export interface ElementFinding {
  line: number | undefined;
  message: string;
}

export function elementFindings(el: ElementInput, policy: SafetyPolicy): ElementFinding[] {
  if (el.name === null) return el.attributes.flatMap((a) => attributeFindings(a, '<>'));
  const tag = `<${el.name}>`;
  const nameProblem = elementNameProblem(el, policy);
  if (nameProblem) return [{ line: el.line, message: nameProblem }];
  return el.attributes.flatMap((a) => attributeFindings(a, tag));
}

function elementNameProblem(el: ElementInput, policy: SafetyPolicy): string | undefined {
  const name = el.name!;
  const components = nameList(policy.components, 'or');
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    if (policy.components.includes(name)) return undefined;
    return `<${name}> is not a component this site provides: use ${components}, or write the content in Markdown`;
  }
  const lower = name.toLowerCase();
  // HTML parsing lowercases names, so <Callout> in a .md page arrives here as <callout>.
  const component = policy.components.find((c) => c.toLowerCase() === lower);
  if (el.markdown && component) return `<${component}> only works in .mdx pages: rename this file to .mdx, or write the content in Markdown`;
  const refused = REFUSED_HTML_TAGS[lower];
  if (refused) return `<${name}> is not allowed in pages: ${refused}`;
  if (!SAFE_HTML_TAGS.has(lower)) {
    return `<${name}> is not an HTML element pages may use: write it in Markdown${el.markdown ? '' : `, or use ${components}`}`;
  }
  return undefined;
}

function attributeFindings(attr: ElementAttribute, tag: string): ElementFinding[] {
  const line = attr.line;
  if (attr.kind === 'spread') {
    return [{ line, message: `{...} on ${tag} passes hidden values into the page: write each attribute out, such as type="note"` }];
  }
  const name = attr.name;
  const lower = name.toLowerCase();
  if (lower.startsWith('on')) {
    return [{ line, message: `the attribute ${name} on ${tag} would run code in readers' browsers: remove it` }];
  }
  if (REFUSED_ATTRIBUTES.has(lower) || lower.includes(':') && !URL_ATTRIBUTES.has(lower)) {
    return [{ line, message: `the attribute ${name} on ${tag} is not allowed in pages (it can insert code or change how the site is built): remove it` }];
  }
  if (attr.kind === 'expression') {
    if (!attr.program) return [{ line, message: `the value of ${name}={…} on ${tag} could not be read: write a plain value, such as ${name}="…"` }];
    const unsafe = unsafeExpression(attr.program);
    if (unsafe) {
      return [{
        line: unsafe.line ?? line,
        message: `the value of ${name}={…} on ${tag} is not allowed: ${unsafe.reason}. Write a plain value instead, such as ${name}="…"`,
      }];
    }
  }
  if (URL_ATTRIBUTES.has(lower)) {
    const texts = attr.kind === 'text' ? (attr.value === null ? [] : [attr.value]) : stringsIn(attr.program!);
    for (const text of texts) {
      const scheme = unsafeScheme(lower, text);
      if (scheme) {
        return [{
          line,
          message: `the address in ${name} on ${tag} starts with "${scheme}:", which could run code or hide content: use an address starting with https://, http://, mailto:, tel:, / or #`,
        }];
      }
    }
  }
  return [];
}

/** Every string written in a plain-value expression, for the address check. */
function stringsIn(node: EsNode): string[] {
  const out: string[] = [];
  const visit = (n: unknown) => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    const node = n as EsNode;
    if (node.type === 'Literal' && typeof node.value === 'string') out.push(node.value);
    if (node.type === 'TemplateElement') out.push(node.value.cooked ?? node.value.raw);
    for (const [key, value] of Object.entries(node)) if (key !== 'loc' && key !== 'range') visit(value);
  };
  visit(node);
  return out;
}

/**
 * The scheme of an address if it is not one we allow. Browsers ignore tabs, newlines and leading control
 * characters inside a scheme (`java\tscript:` still runs), so those are removed before looking.
 */
function unsafeScheme(attribute: string, value: string): string | undefined {
  const candidates = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
  for (const candidate of candidates) {
    const cleaned = candidate.replace(/[\u0000-\u0020\u007f]/g, '');
    const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
    if (match && !SAFE_URL_SCHEMES.has(match[1]!.toLowerCase())) return match[1]!.toLowerCase();
  }
  return undefined;
}
