import type { Root } from 'hast';
import { urlScheme } from '../../security/url-policy.ts';
import { walkElements } from './walk.ts';

/**
 * GitHub writes comment HTML for github.com: a link to `/owner/repo/issues/3` means GitHub's page,
 * not ours. Resolve relative links and image sources against GitHub so they keep pointing where the
 * author meant. Fragment-only links stay (they point inside the comment; see rehype-comment-ids).
 * URLs with a scheme are left for the sanitizer to judge.
 */
const URL_PROPERTIES = ['href', 'src', 'cite'] as const;

export interface ResolveUrlsOptions {
  base?: string;
}

export default function rehypeResolveUrls(options: ResolveUrlsOptions = {}) {
  const base = options.base ?? 'https://github.com/';
  return (tree: Root) => {
    walkElements(tree, (node) => {
      for (const key of URL_PROPERTIES) {
        const value = node.properties[key];
        if (typeof value !== 'string' || value.trim().startsWith('#') || urlScheme(value) !== null) continue;
        try {
          node.properties[key] = new URL(value.trim(), base).href;
        } catch {
          // An unparseable relative URL leads nowhere useful: drop it rather than guess.
          delete node.properties[key];
        }
      }
      return undefined;
    });
  };
}
