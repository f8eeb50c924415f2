import type { Root } from 'hast';
import { urlScheme } from './url-scheme.ts';
import { walkElements } from './walk.ts';

/**
 * A second lock behind the sanitizer's allowlist: whatever the schema lets through, no URL-bearing
 * attribute may carry a scheme outside this short list, and no event handler or inline style may
 * remain. The sanitizer compares schemes case-sensitively and on the raw string; this reads them the
 * way browsers do (see url-scheme.ts), so a future schema edit cannot quietly reopen the hole.
 */
const URL_PROPERTIES = ['href', 'src', 'cite', 'action', 'formAction', 'xLinkHref', 'poster', 'background', 'longDesc', 'srcSet', 'data', 'codeBase', 'manifest', 'ping'];
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

export default function rehypeSafeUrls() {
  return (tree: Root) => {
    walkElements(tree, (node) => {
      for (const key of Object.keys(node.properties)) {
        if (/^on/i.test(key) || key === 'style' || key === 'srcDoc') {
          delete node.properties[key];
          continue;
        }
        if (!URL_PROPERTIES.includes(key)) continue;
        const raw = node.properties[key];
        const values = Array.isArray(raw) ? raw.map(String) : [String(raw)];
        if (values.some((v) => { const s = urlScheme(v); return s !== null && !SAFE_SCHEMES.has(s); })) {
          delete node.properties[key];
        }
      }
      return undefined;
    });
  };
}
