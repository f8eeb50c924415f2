import { parseDocument, type Block } from './blocks.ts';
import type { AmendedBlock, Amendment } from './amendment.ts';
import type { WordPart } from './words.ts';

/**
 * An amendment as HTML prose. Insertions are <ins>, deletions <del>, each opened by a visually hidden
 * label ("inserted:", "deleted:") so a screen reader says what a sighted reader sees as underline and
 * strike-through; colour is only ever a third cue. Text is always escaped and never rendered as
 * Markdown or MDX: a proposal's text comes from anyone's pull request and must not run or style anything.
 */

export interface AmendmentLabels {
  inserted: string;
  deleted: string;
  /** Visible notes, plain text. */
  movedFromEarlier: string;
  movedFromLater: string;
  movedAway: string;
  formatOnly: string;
  omitted: string;
  noChange: string;
  frontmatterOnly: string;
}

export const LABEL_KEYS = ['inserted', 'deleted', 'movedFromEarlier', 'movedFromLater', 'movedAway', 'formatOnly', 'omitted', 'noChange', 'frontmatterOnly'] as const;

export const ENGLISH_LABELS: AmendmentLabels = {
  inserted: 'inserted:',
  deleted: 'deleted:',
  movedFromEarlier: 'Moved here from earlier in the text',
  movedFromLater: 'Moved here from later in the text',
  movedAway: 'Moved from here',
  formatOnly: '(formatting or a link changed, not the words)',
  omitted: 'Unchanged text left out',
  noChange: 'No change to the text.',
  frontmatterOnly: 'Only the details at the top of the file (such as its title, summary or dates) changed.',
};

export interface RenderOptions {
  /** `changes`: what changed, with the headings around it; `whole`: the whole new text with the changes in place. */
  view: 'changes' | 'whole';
  labels?: AmendmentLabels;
  /** The heading level the document's shallowest heading becomes (the next level one lower), so the amendment nests under the page's own headings. */
  topHeading?: number;
  /** Keeps the ids of move links unique when several amendments share a page. */
  idPrefix?: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const hidden = (label: string) => `<span class="visually-hidden">${escapeHtml(label)} </span>`;

function renderParts(parts: WordPart[], labels: AmendmentLabels): string {
  return parts
    .map((p) => {
      if (p.op === 'insert') return `<ins>${hidden(labels.inserted)}${escapeHtml(p.text)}</ins>`;
      if (p.op === 'delete') return `<del>${hidden(labels.deleted)}${escapeHtml(p.text)}</del>`;
      return escapeHtml(p.text);
    })
    .join('');
}

/** A rendered block waiting to be grouped: list items into lists, rows into tables. */
interface Unit {
  group: 'ul' | 'ol' | 'table' | null;
  html: string;
}

function cellsOf(block: Block, inner: (cell: string, i: number) => string): string {
  const tag = block.isHeader ? 'th' : 'td';
  return (block.cells ?? []).map((c, i) => `<${tag}>${inner(c, i)}</${tag}>`).join('');
}

/** Render options plus the heading outline, which is stateful: each heading's level depends on the one before. */
type Ctx = Required<RenderOptions> & { level: (depth: number) => number; movedAwayAt: Map<number, number> };

function element(block: Block, inner: string, cls: string, level: Ctx['level'], id?: string): Unit {
  const attrs = `${cls ? ` class="${cls}"` : ''}${id ? ` id="${escapeHtml(id)}"` : ''}`;
  switch (block.kind) {
    case 'heading': {
      const h = level(block.depth);
      return { group: null, html: `<h${h}${attrs}>${inner}</h${h}>` };
    }
    case 'item':
      return { group: block.ordered ? 'ol' : 'ul', html: `<li${attrs} data-depth="${block.depth}">${inner}</li>` };
    case 'row':
      return { group: 'table', html: `<tr${attrs}>${inner}</tr>` };
    case 'code':
    case 'raw':
      // A long line scrolls inside the block: keyboard users must be able to reach it to scroll it.
      return { group: null, html: `<pre${attrs} tabindex="0"><code>${inner}</code></pre>` };
    case 'break':
      return { group: null, html: inner ? `<p${attrs}>${inner}</p>` : `<hr${attrs}>` };
    default:
      return { group: null, html: block.quoted ? `<blockquote${attrs}><p>${inner}</p></blockquote>` : `<p${attrs}>${inner}</p>` };
  }
}

function preview(text: string): string {
  const words = text.split(' ');
  return words.length > 12 ? `${words.slice(0, 12).join(' ')} …` : text;
}

function renderBlock(item: AmendedBlock, index: number, o: Ctx): Unit {
  const { labels, level } = o;
  const { block } = item;
  const wrapWhole = (tag: 'ins' | 'del', label: string) =>
    block.kind === 'row'
      ? cellsOf(block, (c, i) => `<${tag}>${i === 0 ? hidden(label) : ''}${escapeHtml(c)}</${tag}>`)
      : `<${tag}>${hidden(label)}${escapeHtml(block.kind === 'break' ? '———' : block.text)}</${tag}>`;
  const withParts = (parts: WordPart[][]) =>
    block.kind === 'row' ? cellsOf({ ...block, cells: parts.map(() => '') }, (_, i) => renderParts(parts[i] ?? [], labels)) : renderParts(parts[0] ?? [], labels);
  const moveId = (n: number, end: 'to' | 'from') => `${o.idPrefix}${o.view}-move-${n}-${end}`;
  const note = (html: string) => `<span class="amend-note">${html}</span> `;

  switch (item.op) {
    case 'equal':
      return element(block, block.kind === 'row' ? cellsOf(block, (c) => escapeHtml(c)) : escapeHtml(block.text), '', level);
    case 'inserted':
      return element(block, wrapWhole('ins', labels.inserted), 'amend-inserted', level);
    case 'deleted':
      return element(block, wrapWhole('del', labels.deleted), 'amend-deleted', level);
    case 'changed': {
      const inner = item.formatOnly ? `${withParts(item.parts)} ${note(escapeHtml(labels.formatOnly))}` : withParts(item.parts);
      return element(block, inner, 'amend-changed', level);
    }
    case 'moved': {
      const fromIndex = o.movedAwayAt.get(item.move) ?? -1;
      const label = fromIndex < index ? labels.movedFromEarlier : labels.movedFromLater;
      const link = note(`<a href="#${moveId(item.move, 'from')}">${escapeHtml(label)}</a>:`);
      const inner = block.kind === 'row' ? withParts(item.parts) : link + withParts(item.parts);
      return element(block, inner, 'amend-moved', level, moveId(item.move, 'to'));
    }
    case 'moved-away': {
      const link = note(`<a href="#${moveId(item.move, 'to')}">${escapeHtml(labels.movedAway)}</a>:`);
      const inner = `${link}<span class="amend-moved-text">${escapeHtml(preview(block.text))}</span>`;
      if (block.kind === 'item') return element(block, inner, 'amend-moved-away', level, moveId(item.move, 'from'));
      if (block.kind === 'row') return element(block, `<td colspan="${block.cells?.length ?? 1}">${inner}</td>`, 'amend-moved-away', level, moveId(item.move, 'from'));
      return { group: null, html: `<p class="amend-moved-away" id="${escapeHtml(moveId(item.move, 'from'))}">${inner}</p>` };
    }
  }
}

/** Which blocks the "changes" view shows: every change, plus the heading above it, a list's lead-in and a table's header row. */
function visibleInChanges(blocks: AmendedBlock[]): Set<number> {
  const show = new Set<number>();
  let heading = -1;
  // The block before the current run of list items, and the header row of the current table.
  let beforeItems = -1;
  let headerRow = -1;
  blocks.forEach((b, i) => {
    const { kind } = b.block;
    if (kind !== 'item') beforeItems = i;
    if (kind !== 'row') headerRow = -1;
    else if (b.block.isHeader) headerRow = i;
    if (b.op === 'equal' && kind === 'heading') heading = i;
    if (b.op === 'equal') return;
    show.add(i);
    if (heading >= 0) show.add(heading);
    // The sentence that introduces a list ("Members may:") is what makes a changed item readable.
    if (kind === 'item' && beforeItems >= 0 && blocks[beforeItems]!.op === 'equal' && blocks[beforeItems]!.block.kind === 'paragraph') show.add(beforeItems);
    if (kind === 'row' && !b.block.isHeader && headerRow >= 0) show.add(headerRow);
  });
  return show;
}

/** Changed frontmatter fields as a definition list, with the same word-level marks as the text. */
export function renderDetails(amendment: Pick<Amendment, 'details'>, labels: AmendmentLabels = ENGLISH_LABELS): string {
  if (amendment.details.length === 0) return '';
  const rows = amendment.details.map((d) => `<dt>${escapeHtml(d.key)}</dt><dd>${renderParts(d.parts, labels)}</dd>`);
  return `<dl class="amend-details">\n${rows.join('\n')}\n</dl>`;
}

export function renderAmendment(amendment: Amendment, options: RenderOptions): string {
  const defaults: Required<RenderOptions> = { labels: ENGLISH_LABELS, topHeading: 1, idPrefix: '', ...options };
  if (!amendment.changed) {
    const { labels } = defaults;
    const note = amendment.frontmatterChanged ? `${labels.noChange} ${labels.frontmatterOnly}` : labels.noChange;
    return `<p class="amend-none">${escapeHtml(note)}</p>`;
  }
  const show = defaults.view === 'whole' ? null : visibleInChanges(amendment.blocks);
  // Documents take their title from frontmatter and often start at `##`: the shallowest heading shown
  // becomes topHeading, so the outline never skips a level.
  const depths = amendment.blocks.filter((b, i) => b.block.kind === 'heading' && (!show || show.has(i))).map((b) => b.block.depth);
  const shift = defaults.topHeading - (depths.length ? Math.min(...depths) : 1);
  let previous = defaults.topHeading - 1;
  const level = (depth: number) => (previous = Math.min(6, shift + depth, previous + 1));
  const movedAwayAt = new Map<number, number>();
  amendment.blocks.forEach((b, i) => {
    if (b.op === 'moved-away') movedAwayAt.set(b.move, i);
  });
  const o: Ctx = { ...defaults, level, movedAwayAt };
  const out: string[] = [];
  let open: Unit['group'] = null;
  let last = -1;
  const close = () => {
    if (open) out.push(open === 'table' ? '</tbody></table>' : `</${open}>`);
    open = null;
  };
  amendment.blocks.forEach((item, i) => {
    if (show && !show.has(i)) return;
    if (show && i > last + 1) {
      close();
      out.push(`<p class="amend-gap">${escapeHtml(o.labels.omitted)}</p>`);
    }
    last = i;
    const unit = renderBlock(item, i, o);
    if (unit.group !== open) {
      close();
      if (unit.group) out.push(unit.group === 'table' ? '<table><tbody>' : `<${unit.group}>`);
      open = unit.group;
    }
    out.push(unit.html);
  });
  close();
  if (show && last < amendment.blocks.length - 1) out.push(`<p class="amend-gap">${escapeHtml(o.labels.omitted)}</p>`);
  return out.join('\n');
}

/** A document's text on its own (a past version), in the same safe, escaped form as an amendment. */
export function renderText(source: string, options: Omit<RenderOptions, 'view'> = {}): string {
  const { blocks } = parseDocument(source);
  const amendment: Amendment = { changed: true, frontmatterChanged: false, details: [], blocks: blocks.map((block) => ({ op: 'equal', block })), counts: { inserted: 0, deleted: 0, changed: 0, moved: 0 } };
  return blocks.length ? renderAmendment(amendment, { ...options, view: 'whole' }) : '';
}
