import type { Element, Root, RootContent } from 'hast';

/**
 * Depth-first walk over elements that lets the visitor replace the element it is on: return an array
 * of nodes to put in its place (the walk does not descend into replacements), or nothing to keep it.
 * `insideLink` is tracked because a link inside a link is invalid HTML that browsers split unpredictably.
 */
export type Visitor = (node: Element, context: { insideLink: boolean }) => RootContent[] | undefined;

export function walkElements(tree: Root | Element, visit: Visitor, insideLink = false): void {
  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type !== 'element') continue;
    const replacement = visit(child, { insideLink });
    if (replacement) {
      children.splice(i, 1, ...(replacement as typeof children));
      i += replacement.length - 1;
      continue;
    }
    walkElements(child, visit, insideLink || child.tagName === 'a');
    // <template> content lives outside children in hast; it is stripped by the schema, never walked.
  }
}
