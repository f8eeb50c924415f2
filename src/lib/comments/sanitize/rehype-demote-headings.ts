import type { Root } from 'hast';
import { walkElements } from './walk.ts';

/**
 * A comment's "# Heading" is an <h1> on GitHub, where the comment is the page. Here it sits under the
 * page's own title and the thread's heading, so headings shift down to start at `top` (h3 by default),
 * keeping their relative levels and stopping at h6. Screen-reader users navigate by these levels.
 */
export interface DemoteHeadingsOptions {
  top?: number;
}

export default function rehypeDemoteHeadings(options: DemoteHeadingsOptions = {}) {
  const top = options.top ?? 3;
  return (tree: Root) => {
    let highest = 7;
    walkElements(tree, (node) => {
      const level = headingLevel(node.tagName);
      if (level) highest = Math.min(highest, level);
      return undefined;
    });
    if (highest === 7 || highest >= top) return;
    const shift = top - highest;
    walkElements(tree, (node) => {
      const level = headingLevel(node.tagName);
      if (level) node.tagName = `h${Math.min(level + shift, 6)}`;
      return undefined;
    });
  };
}

function headingLevel(tagName: string): number | null {
  const match = /^h([1-6])$/.exec(tagName);
  return match ? Number(match[1]) : null;
}
