/**
 * The one URL policy for everything the site renders from untrusted text: contributor pages (the content
 * check refuses, the Markdown pipeline drops), comment bodies from GitHub (the sanitizer drops) and the
 * GitHub addresses stored in the snapshot. A URL may be relative, or use one of a few schemes that only
 * ever navigate; anything else (javascript:, vbscript:, data:, file:, …) can run code or disguise content.
 */

/** Schemes a link or image may use. Everything else is refused; relative URLs have no scheme. */
export const SAFE_URL_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);

/**
 * Attributes that hold a URL a browser follows or loads, compared by `urlAttributeKey`, so that HTML
 * names (`xlink:href`, `srcset`) and hast property names (`xLinkHref`, `srcSet`) both match.
 */
const URL_ATTRIBUTE_KEYS: ReadonlySet<string> = new Set([
  'href', 'src', 'srcset', 'poster', 'cite', 'action', 'formaction', 'background', 'data', 'xlinkhref', 'ping',
  'longdesc', 'codebase', 'manifest',
]);

export const urlAttributeKey = (name: string) => name.toLowerCase().replace(/[:-]/g, '');

export const isUrlAttribute = (name: string) => URL_ATTRIBUTE_KEYS.has(urlAttributeKey(name));

/**
 * The scheme a browser would see in a URL attribute, lowercased, or null for a relative URL.
 * Browsers drop ASCII tab and newline anywhere in a URL and trim C0 controls and spaces at both ends
 * before reading the scheme, so `" jav&#x09;ascript:"` is javascript: to them and must be to us.
 * Values arrive here entity-decoded: by the HTML parser, or by the Markdown parser for `[x](…)`.
 */
export function urlScheme(value: string): string | null {
  const cleaned = browserUrlText(value);
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1]!.toLowerCase() : null;
}

// eslint-disable-next-line no-control-regex
const browserUrlText = (value: string) => value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');

/** Where a relative URL is resolved to see whether it parses; any absolute base would do. */
const PROBE_BASE = 'https://chapterhouse.invalid/a/b/';

export type UrlVerdict =
  | { ok: true }
  | { ok: false; reason: 'scheme'; scheme: string }
  | { ok: false; reason: 'unparseable' };

/** Astro decodes image addresses with decodeURI, which throws on a stray `%`: refuse those before the build meets them. */
function decodes(text: string): boolean {
  try {
    decodeURI(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a URL may appear in a page. Beyond the scheme, the URL must parse the way a browser (and the
 * build, which resolves links with `new URL`) parses it: `http://[::1` would otherwise pass a check and
 * then stop the deploy with "Invalid URL".
 */
export function judgeUrl(value: string): UrlVerdict {
  const scheme = urlScheme(value);
  if (scheme !== null && !SAFE_URL_SCHEMES.has(scheme)) return { ok: false, reason: 'scheme', scheme };
  const text = browserUrlText(value);
  return URL.canParse(text, PROBE_BASE) && decodes(text) ? { ok: true } : { ok: false, reason: 'unparseable' };
}

/** The URLs in an attribute value: one, or each candidate of a `srcset` ("a.png 1x, b.png 2x"). */
export function urlsInAttribute(name: string, value: string): string[] {
  if (urlAttributeKey(name) !== 'srcset') return [value];
  return value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

/** The first URL in an attribute value that the policy refuses, with why; null when all are fine. */
export function refusedUrlInAttribute(name: string, value: string): { url: string; verdict: Exclude<UrlVerdict, { ok: true }> } | null {
  for (const url of urlsInAttribute(name, value)) {
    const verdict = judgeUrl(url);
    if (!verdict.ok) return { url, verdict };
  }
  return null;
}

/**
 * Attributes that never belong in contributor content, whatever their value: event handlers run script,
 * `style` can lay a fake page over the real one, `srcdoc` is a whole document. Names as in HTML or hast.
 */
export function isExecutableAttribute(name: string): boolean {
  const key = urlAttributeKey(name);
  return key.startsWith('on') || key === 'style' || key === 'srcdoc' || key === 'dangerouslysetinnerhtml';
}

/**
 * Elements that run script, embed other documents, or change how the page loads, named in lowercase.
 * The content check refuses these and more (allowed-components.ts); this shorter list is what the
 * Markdown pipeline drops even when the check was skipped, so Markdown's own output (task-list checkboxes)
 * stays intact.
 */
const EXECUTABLE_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'svg',
  'math', 'template', 'portal', 'form', 'noscript',
  // SVG animation can set an address after the page has loaded (<animate attributeName="href" …>).
  'animate', 'set', 'animatemotion', 'animatetransform', 'foreignobject', 'use',
]);

export const isExecutableElement = (name: string) => EXECUTABLE_ELEMENTS.has(name.toLowerCase());

/**
 * An address on GitHub's own web interface: https:// on the configured GitHub host (github.com, or a
 * GitHub Enterprise server), with no credentials in it. The GitHub snapshot and the poll files store such
 * addresses; the site links to them, so a forged file must not be able to slip in any other.
 */
export function isGitHubWebUrl(value: string, server: string): boolean {
  if (!URL.canParse(value) || !URL.canParse(server)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && url.host === new URL(server).host && url.username === '' && url.password === '' && value.trim() === value;
}
