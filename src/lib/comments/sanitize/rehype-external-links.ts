import type { Root } from 'hast';
import { walkElements } from './walk.ts';

/**
 * Links in comments are the commenter's, not the organization's: search engines should not read them
 * as endorsements (nofollow, ugc) and the target must not get a handle on our window (noopener).
 * Whatever rel or target the author wrote is replaced.
 */
export interface ExternalLinksOptions {
  /** Hosts that count as ours; links to them keep no rel. */
  internalHosts?: string[];
}

export const EXTERNAL_REL = ['nofollow', 'ugc', 'noopener'];

export default function rehypeExternalLinks(options: ExternalLinksOptions = {}) {
  const internal = new Set((options.internalHosts ?? []).map((h) => h.toLowerCase()));
  return (tree: Root) => {
    walkElements(tree, (node) => {
      if (node.tagName !== 'a') return undefined;
      delete node.properties.target;
      delete node.properties.rel;
      const href = node.properties.href;
      if (typeof href !== 'string') return undefined;
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        return undefined; // relative or fragment: stays on the page
      }
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !internal.has(url.host.toLowerCase())) {
        node.properties.rel = [...EXTERNAL_REL];
      }
      return undefined;
    });
  };
}
