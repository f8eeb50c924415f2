import type { Element, ElementContent, Root } from 'hast';
import { walkElements } from './walk.ts';

/**
 * GitHub puts an icon-only anchor link in every heading; once the icon is gone (no SVG in comments)
 * it is a link with no name, which screen readers announce as just "link". Drop links that have no
 * text to say where they go.
 */
export default function rehypeDropEmptyLinks() {
  return (tree: Root) => {
    walkElements(tree, (node) => {
      if (node.tagName !== 'a' || hasText(node)) return undefined;
      return [];
    });
  };
}

function hasText(node: Element | ElementContent): boolean {
  if (node.type === 'text') return node.value.trim() !== '';
  if (node.type !== 'element') return false;
  if (node.tagName === 'img' && typeof node.properties.alt === 'string' && node.properties.alt.trim() !== '') return true;
  return node.children.some(hasText);
}
