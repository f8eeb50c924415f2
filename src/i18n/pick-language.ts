/**
 * The bare address `/` has no language. With JavaScript, a one-line script sends the browser to the site
 * language that best matches the reader's preferences (`navigator.languages`, the list the browser also
 * sends as Accept-Language); without it, `/` is a page of choices. A static host cannot read the request
 * header, so the browser decides.
 *
 * Matching, for each preferred language in order: the same tag (`pt-br`), then the same primary language
 * (`es-MX` → `es`, `pt-PT` → `pt-br`). Nothing matches: the default language.
 *
 * The script is plain, standalone JavaScript kept as text so the page can inline it and its Content Security
 * Policy can allow exactly it by hash (src/lib/security/csp.ts). Its tests run this very text (pick-language.test.ts).
 */
const PICK_SOURCE = `function (c, n, l) {
  var want = n.languages && n.languages.length ? n.languages : [n.language || ""];
  var primary = function (t) { return String(t).toLowerCase().split("-")[0]; };
  var found = null;
  for (var i = 0; i < want.length && !found; i++) {
    var w = String(want[i]).toLowerCase();
    for (var j = 0; j < c.l.length && !found; j++) if (c.l[j].toLowerCase() === w) found = c.l[j];
    for (var k = 0; k < c.l.length && !found; k++) if (primary(c.l[k]) === primary(w)) found = c.l[k];
  }
  l.replace(c.b + (found || c.d) + "/" + l.search + l.hash);
}`;

export interface PickerConfig {
  /** The site's language codes, in its order. */
  languages: readonly string[];
  defaultLanguage: string;
  /** The site's base path, with its trailing slash: `/` or `/chapterhouse/`. */
  base: string;
}

/** The inline script for `/`: one static string, the same on every build of the same site settings. */
export function languagePickerScript(config: PickerConfig): string {
  // JSON inside a <script>: "<" escaped so no value can close the element.
  const data = JSON.stringify({ l: config.languages, d: config.defaultLanguage, b: config.base }).replace(/</g, '\\u003c');
  return `(${PICK_SOURCE.replace(/\n\s*/g, ' ')})(${data}, navigator, location);`;
}
