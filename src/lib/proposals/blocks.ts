import type { Heading, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { splitFrontmatterLeniently } from '../content/frontmatter.ts';

/**
 * A Markdown/MDX document as the amendment view sees it: a flat list of the blocks a reader meets
 * (headings, paragraphs, list items, table rows, code), each with its plain text. Amendments compare
 * these, so re-wrapping a paragraph or re-indenting a list is not a change to the text.
 */

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'row' | 'code' | 'break' | 'raw';

export interface Block {
  kind: BlockKind;
  /** Plain text with runs of whitespace collapsed (code keeps its lines). */
  text: string;
  /** The Markdown source of the block, whitespace collapsed: tells a formatting or link change from no change. */
  markup: string;
  /** Heading level (1–6), or nesting depth of a list item (1 = top level). */
  depth: number;
  ordered?: boolean;
  /** Table rows: the cells' text, and the header row of the table the row belongs to. */
  cells?: string[];
  header?: string[];
  isHeader?: boolean;
  /** Paragraphs and items inside a block quote. */
  quoted?: boolean;
}

export interface ParsedDocument {
  /** The frontmatter text, whitespace-normalized; '' when there is none. */
  frontmatter: string;
  /** The frontmatter as written; '' when there is none. */
  frontmatterSource: string;
  /** Its fields, read by the site's one frontmatter parser; null when they cannot be read. */
  frontmatterData: Record<string, unknown> | null;
  blocks: Block[];
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Parse as MDX, and fall back to plain Markdown when the MDX is malformed: a proposal's text is shown
 * even while its author is still fixing a stray `<` or `{`.
 */
function parse(source: string): Root {
  const base = unified().use(remarkParse).use(remarkGfm);
  try {
    return base().use(remarkMdx).parse(source);
  } catch {
    return base().parse(source);
  }
}

export function parseDocument(source: string): ParsedDocument {
  // Astro's split, so a proposal's view of where the text starts is the build's; the body keeps its offsets.
  const split = splitFrontmatterLeniently(source.replace(/\r\n?/g, '\n'));
  const normalized = split.body;
  const tree = parse(normalized);
  const slice = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start === undefined || end === undefined ? '' : normalized.slice(start, end);
  };
  const blocks: Block[] = [];

  const visit = (nodes: RootContent[], ctx: { quoted: boolean; listDepth: number }) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          blocks.push({ kind: 'heading', text: collapse(toString(node)), markup: collapse(slice(node)), depth: node.depth });
          break;
        case 'paragraph':
          blocks.push({ kind: 'paragraph', text: collapse(toString(node)), markup: collapse(slice(node)), depth: 0, quoted: ctx.quoted || undefined });
          break;
        case 'list':
          for (const item of node.children) {
            // An item's own words are its paragraphs; its nested lists and code become blocks of their own.
            const own = item.children.filter((c): c is Paragraph | Heading => c.type === 'paragraph' || c.type === 'heading');
            const rest = item.children.filter((c) => c.type !== 'paragraph' && c.type !== 'heading');
            const checkbox = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
            blocks.push({
              kind: 'item',
              text: checkbox + collapse(own.map((c) => toString(c)).join(' ')),
              markup: checkbox + collapse(own.map(slice).join(' ')),
              depth: ctx.listDepth + 1,
              ordered: node.ordered ?? false,
              quoted: ctx.quoted || undefined,
            });
            visit(rest, { ...ctx, listDepth: ctx.listDepth + 1 });
          }
          break;
        case 'table': {
          const rows = node.children.map((row) => row.children.map((cell) => collapse(toString(cell))));
          const header = rows[0] ?? [];
          node.children.forEach((row, i) => {
            const cells = rows[i] ?? [];
            blocks.push({ kind: 'row', text: cells.join(' | '), markup: collapse(slice(row)), depth: 0, cells, header, isHeader: i === 0 });
          });
          break;
        }
        case 'blockquote':
          visit(node.children, { ...ctx, quoted: true });
          break;
        case 'code':
          blocks.push({ kind: 'code', text: node.value, markup: `${node.lang ?? ''} ${node.value}`, depth: 0 });
          break;
        case 'thematicBreak':
          blocks.push({ kind: 'break', text: '', markup: '---', depth: 0 });
          break;
        case 'mdxJsxFlowElement':
          // A component that wraps prose (a callout, a figure) is read through; its attributes are markup.
          if (node.children.length > 0) {
            const open = collapse(slice(node).split('\n')[0] ?? '');
            blocks.push({ kind: 'raw', text: open, markup: open, depth: 0 });
            visit(node.children, ctx);
          } else {
            blocks.push({ kind: 'raw', text: collapse(slice(node)), markup: collapse(slice(node)), depth: 0 });
          }
          break;
        case 'footnoteDefinition':
          visit(node.children, ctx);
          break;
        case 'mdxFlowExpression':
          // {/* a note to whoever edits the file */} is not on the site, so it is not part of the text either.
          if (isOnlyComment(node.value)) break;
          blocks.push({ kind: 'raw', text: collapse(slice(node)), markup: collapse(slice(node)), depth: 0 });
          break;
        default: {
          // Imports, expressions, raw HTML and link definitions: shown as source, never executed.
          const text = collapse(slice(node));
          if (text) blocks.push({ kind: 'raw', text, markup: text, depth: 0 });
        }
      }
    }
  };
  visit(tree.children, { quoted: false, listDepth: 0 });
  return { frontmatter: collapse(split.raw), frontmatterSource: split.raw.trim(), frontmatterData: split.data, blocks };
}

/** A block comment and nothing else: the first comment's end is the expression's end. */
function isOnlyComment(expression: string): boolean {
  const v = expression.trim();
  return v.startsWith('/*') && v.indexOf('*/', 2) === v.length - 2;
}
