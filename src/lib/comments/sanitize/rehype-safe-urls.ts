import type { Root } from 'hast';
import { isExecutableAttribute, isUrlAttribute, SAFE_URL_SCHEMES, urlScheme } from '../../security/url-policy.ts';
import { walkElements } from './walk.ts';

/**
 * A second lock behind the sanitizer's allowlist: whatever the schema lets through, no URL-bearing
 * attribute may carry a scheme outside this short list, and no event handler or inline style may
 * remain. The sanitizer compares schemes case-sensitively and on the raw string; this reads them the
 * way browsers do, with the site's one URL policy (src/lib/security/url-policy.ts), so a future schema
 * edit cannot quietly reopen the hole.
 */
export default function rehypeSafeUrls() {
  return (tree: Root) => {
    walkElements(tree, (node) => {
      for (const key of Object.keys(node.properties)) {
        if (isExecutableAttribute(key)) {
          delete node.properties[key];
          continue;
        }
        if (!isUrlAttribute(key)) continue;
        const raw = node.properties[key];
        const values = Array.isArray(raw) ? raw.map(String) : [String(raw)];
        if (values.some((v) => { const s = urlScheme(v); return s !== null && !SAFE_URL_SCHEMES.has(s); })) {
          delete node.properties[key];
        }
      }
      return undefined;
    });
  };
}
