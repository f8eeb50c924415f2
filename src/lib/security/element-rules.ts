import type { Node as EsNode } from 'estree';
import { nameList, REFUSED_ATTRIBUTES, REFUSED_HTML_TAGS, SAFE_HTML_TAGS, type SafetyPolicy } from './allowed-components.ts';
import { unsafeExpression } from './expression-rules.ts';
import { refusedUrlMessage } from './url-messages.ts';
import { isUrlAttribute, refusedUrlInAttribute } from './url-policy.ts';

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
  if (lower === 'style') {
    return [{ line, message: `the attribute style on ${tag} is not allowed: it can lay something over the whole site or hide text from readers. Remove it; pages take their look from the site's stylesheet` }];
  }
  const isUrl = isUrlAttribute(lower);
  if (REFUSED_ATTRIBUTES.has(lower) || lower.includes(':') && !isUrl) {
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
  if (isUrl) {
    const text = attr.kind === 'text' ? attr.value : plainString(attr.program!);
    if (text === undefined) {
      return [{ line, message: `the address in ${name}={…} on ${tag} must be written as plain text: write ${name}="https://…"` }];
    }
    const refused = text === null ? null : refusedUrlInAttribute(lower, text);
    if (refused) return [{ line, message: refusedUrlMessage(`the address in ${name} on ${tag}`, refused.url, refused.verdict) }];
  }
  return [];
}

/** The string a plain-value expression renders as, when it is one string: `{"…"}` or a template without `${}`. */
function plainString(program: EsNode): string | undefined {
  let node: EsNode | undefined = program;
  while (node && (node.type === 'Program' || node.type === 'ExpressionStatement')) {
    node = node.type === 'Program' ? (node.body.length === 1 ? node.body[0] : undefined) : node.expression;
  }
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('');
  return undefined;
}
