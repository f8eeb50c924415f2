import type { Root } from 'hast';
import { walkElements } from './walk.ts';

/**
 * GitHub already prefixes ids in comment HTML with `user-content-` and its own script maps `#fn-1`
 * onto them. We prefix ids per comment instead (the sanitizer's clobber prefix), so two comments
 * with a footnote 1 on the same page stay apart. This runs before the sanitizer: it takes GitHub's
 * prefix off ids and names (the sanitizer adds ours back) and points fragment links at the
 * prefixed ids they will end up with.
 */
const GITHUB_PREFIX = 'user-content-';

export interface CommentIdsOptions {
  /** The same prefix the sanitizer schema uses, e.g. `c-1234-`. */
  prefix: string;
}

const unprefix = (value: string) => (value.startsWith(GITHUB_PREFIX) ? value.slice(GITHUB_PREFIX.length) : value);

export default function rehypeCommentIds(options: CommentIdsOptions) {
  return (tree: Root) => {
    walkElements(tree, (node) => {
      for (const key of ['id', 'name'] as const) {
        const value = node.properties[key];
        if (typeof value !== 'string') continue;
        // An empty id would become the bare prefix: an anchor that no link means.
        if (unprefix(value).trim() === '') delete node.properties[key];
        else node.properties[key] = unprefix(value);
      }
      const href = node.properties.href;
      if (typeof href === 'string' && href.startsWith('#') && href.length > 1) {
        node.properties.href = `#${options.prefix}${unprefix(decodeFragment(href.slice(1)))}`;
      }
      return undefined;
    });
  };
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
