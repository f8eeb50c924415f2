/**
 * The 404 page's language switch, kept as text so the page can inline it and its Content-Security-Policy can
 * allow exactly it by hash (src/lib/security/csp.ts); its test runs this very text (not-found.test.ts).
 * It reads the first segment of the address after the base path; when that is one of the site's other
 * languages, it puts that language's words (from a <template>) in place of the default language's, and the
 * page's title with them.
 */
const SOURCE = `function (c, l, d) {
  var first = l.pathname.slice(c.b.length).split("/")[0];
  if (c.l.indexOf(first) < 0) return;
  var t = d.querySelector('template[data-not-found="' + first + '"]');
  var shown = d.querySelector("div[data-not-found]");
  if (!t || !shown) return;
  shown.replaceWith(t.content.cloneNode(true));
  var cut = d.title.indexOf(" · ");
  d.title = t.getAttribute("data-title") + (cut < 0 ? "" : d.title.slice(cut));
}`;

export interface NotFoundConfig {
  /** The site's base path, with its trailing slash. */
  base: string;
  /** The languages other than the default one. */
  languages: readonly string[];
}

export function notFoundScript(config: NotFoundConfig): string {
  // JSON inside a <script>: "<" escaped so no value can close the element.
  const data = JSON.stringify({ b: config.base, l: config.languages }).replace(/</g, '\\u003c');
  return `(${SOURCE.replace(/\n\s*/g, ' ')})(${data}, location, document);`;
}
