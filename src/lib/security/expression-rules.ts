import type { Node as EsNode, Property } from 'estree';

/**
 * Which `{…}` expressions contributor MDX may contain. MDX compiles them to JavaScript that runs at build
 * time, so the rule lists the harmless shapes (plain values) instead of chasing every dangerous name:
 * `process`, `globalThis["pro" + "cess"]` and `[].constructor.constructor("…")()` are all refused because
 * an identifier, a computed key and a call are not plain values, whatever they spell.
 */

export interface ExpressionFinding {
  line: number | undefined;
  /** Plain-words reason, e.g. `it uses "process", which could read the build machine's secrets`. */
  reason: string;
}

/** Names worth calling out, with what they could reach. Pairs, not an object literal: `__proto__: …` would set a prototype. */
const REACH: ReadonlyMap<string, string> = new Map([
  ['process', 'the build machine\'s secrets and settings'],
  ['require', 'files and programs on the build machine'],
  ['module', 'the site\'s own code'],
  ['exports', 'the site\'s own code'],
  ['globalThis', 'everything the build machine can do'],
  ['global', 'everything the build machine can do'],
  ['window', 'everything a reader\'s browser can do'],
  ['self', 'everything a reader\'s browser can do'],
  ['document', 'the reader\'s page and cookies'],
  ['fetch', 'the network'],
  ['XMLHttpRequest', 'the network'],
  ['WebSocket', 'the network'],
  ['EventSource', 'the network'],
  ['navigator', 'the reader\'s browser'],
  ['eval', 'any code at all'],
  ['Function', 'any code at all'],
  ['constructor', 'any code at all, through the constructor of a value'],
  ['__proto__', 'the inner workings of every value on the page'],
  ['prototype', 'the inner workings of every value on the page'],
  ['Astro', 'the site\'s build internals'],
  ['Deno', 'files, network and settings of the build machine'],
  ['Bun', 'files, network and settings of the build machine'],
  ['Buffer', 'raw memory of the build machine'],
  ['setTimeout', 'delayed code'],
  ['setInterval', 'repeated code'],
]);

/** Node types of plain values. Anything else is code. */
const PLAIN = new Set([
  'Program', 'ExpressionStatement', 'Literal', 'TemplateLiteral', 'TemplateElement', 'ArrayExpression',
  'ObjectExpression', 'Property', 'UnaryExpression',
]);

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why a node that is not a plain value is refused, in words. */
function describe(node: EsNode): string {
  switch (node.type) {
    case 'Identifier': return `the name "${node.name}"`;
    case 'CallExpression':
    case 'NewExpression': return 'a function call';
    case 'ImportExpression': return 'import(…), which loads code or files';
    case 'MetaProperty': return `${node.meta.name}.${node.property.name}, which reads the build machine's settings`;
    case 'MemberExpression': return 'a lookup inside a value';
    case 'ArrowFunctionExpression':
    case 'FunctionExpression': return 'a function';
    case 'ClassExpression': return 'a class';
    case 'AwaitExpression': return 'await';
    case 'TaggedTemplateExpression': return 'a tagged template, which calls a function';
    case 'AssignmentExpression':
    case 'UpdateExpression': return 'an assignment';
    case 'SpreadElement': return 'a spread (…)';
    case 'ThisExpression': return '"this"';
    case 'SequenceExpression': return 'several expressions in a row';
    case 'JSXElement':
    case 'JSXFragment': return 'an element inside { } (write the element on its own, outside the braces)';
    case 'TemplateLiteral': return 'a text template with ${…} inside';
    case 'BinaryExpression':
    case 'LogicalExpression':
    case 'ConditionalExpression': return 'a calculation';
    default: return `JavaScript (${node.type})`;
  }
}

/**
 * Every reason the expression is not a plain value, outermost first, plus every name from REACH found
 * anywhere inside (so `foo[bar].constructor` names "constructor" even though the lookup comes first).
 */
function walk(node: EsNode, out: { code: EsNode[]; reach: Map<string, EsNode> }): void {
  // A Map, not `name in object`: "toString" or "hasOwnProperty" must not count as a known name.
  if (node.type === 'Identifier' && REACH.has(node.name)) out.reach.set(node.name, node);
  if (node.type === 'Literal' && typeof node.value === 'string' && REACH.has(node.value)) out.reach.set(node.value, node);
  if (node.type === 'Property' && !node.computed) {
    const key = propertyKey(node);
    if (PROTOTYPE_KEYS.has(key)) out.reach.set(key, node);
  }
  if (node.type === 'MetaProperty') out.reach.set(`${node.meta.name}.${node.property.name}`, node);
  if (node.type === 'ImportExpression') out.reach.set('import()', node);

  if (!isPlain(node)) out.code.push(node);
  // A plain object's keys are names, not lookups: `{ color: 'teal' }` is a value (isPlain vetted the key).
  const skip = node.type === 'Property' && !node.computed ? node.key : undefined;
  for (const child of children(node)) if (child !== skip) walk(child, out);
}

function isPlain(node: EsNode): boolean {
  if (!PLAIN.has(node.type)) return false;
  if (node.type === 'Literal') return !('regex' in node && node.regex);
  if (node.type === 'TemplateLiteral') return node.expressions.length === 0;
  if (node.type === 'UnaryExpression') return node.operator === '-' || node.operator === '+';
  if (node.type === 'Property') {
    if (node.computed || node.method || node.shorthand || node.kind !== 'init') return false;
    return !PROTOTYPE_KEYS.has(propertyKey(node));
  }
  return true;
}

function propertyKey(node: Property): string {
  return node.key.type === 'Identifier' ? node.key.name : node.key.type === 'Literal' ? String(node.key.value) : '';
}

/** Child nodes of any estree node, without a hand-kept list of fields per type. */
function children(node: EsNode): EsNode[] {
  const out: EsNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'range' || key === 'comments') continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v && typeof v === 'object' && typeof (v as { type?: unknown }).type === 'string') out.push(v as EsNode);
    }
  }
  return out;
}

/** The first thing that makes this expression more than a plain value, or undefined when it is harmless. */
export function unsafeExpression(program: EsNode): ExpressionFinding | undefined {
  const found = { code: [] as EsNode[], reach: new Map<string, EsNode>() };
  walk(program, found);
  const [first] = found.code;
  if (!first) return undefined;

  const named = [...found.reach.entries()];
  if (named.length > 0) {
    const [name, node] = named[0]!;
    const reach = name === 'import()' ? 'files and code on the build machine'
      : name.startsWith('import.') ? 'the build machine\'s secrets and settings'
      : REACH.get(name)!;
    const also = named.slice(1).map(([n]) => `"${n}"`);
    return {
      line: node.loc?.start.line ?? first.loc?.start.line,
      reason: `it uses "${name}"${also.length ? ` (and ${also.join(', ')})` : ''}, which could reach ${reach}`,
    };
  }
  return { line: first.loc?.start.line, reason: `it contains ${describe(first)}, which is code rather than a plain value` };
}
