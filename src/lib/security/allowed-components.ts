/**
 * What contributor MDX may contain beyond Markdown. This is the one list to edit when the site gains a
 * component; everything else in the content check reads from here.
 *
 * MDX runs at build time with the build machine's rights (files, network, secrets), so the check allows
 * named things rather than forbidding known-bad ones: anything not listed here is refused.
 */

/**
 * Components the site passes to every MDX page (`mdxComponents` in src/components/mdx/index.ts), so pages
 * use them without importing anything. A test keeps the two lists equal: a name allowed here but missing
 * there would pass the check and then break the build.
 */
export const ALLOWED_COMPONENTS = ['Callout'] as const;

export interface SafetyPolicy {
  components: readonly string[];
  /**
   * Module specifiers from which `import { Callout } from '…'` is accepted, for sites that prefer explicit
   * imports. Empty by default: the components are global, and an accepted import of a module the site does
   * not resolve would only move the failure to the build.
   */
  componentModules: readonly string[];
}

export const DEFAULT_POLICY: SafetyPolicy = { components: ALLOWED_COMPONENTS, componentModules: [] };

/**
 * Plain HTML a page may write directly. Formatting, structure and media only: nothing that runs script,
 * embeds another page, submits data or changes how the rest of the page loads.
 */
export const SAFE_HTML_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite',
  'code', 'col', 'colgroup', 'data', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q',
  'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'track', 'u', 'ul', 'var', 'video', 'wbr',
]);

/** Tags refused with a specific reason, so the message can say why and what to use instead. */
export const REFUSED_HTML_TAGS: Readonly<Record<string, string>> = {
  script: 'it runs a program in every reader\'s browser',
  style: 'it can restyle or hide the whole site, not just this page',
  iframe: 'it embeds another website inside ours; link to it instead, like [the video](https://…)',
  frame: 'it embeds another website inside ours',
  frameset: 'it embeds other websites inside ours',
  object: 'it embeds a plug-in or another page; link to it instead, or show a picture with ![description](picture.jpg)',
  embed: 'it embeds a plug-in or another page; link to it instead, or show a picture with ![description](picture.jpg)',
  applet: 'it runs a plug-in in the reader\'s browser',
  form: 'it can send what readers type to another website; link to a form instead',
  input: 'form fields can send what readers type elsewhere; link to a form instead',
  button: 'buttons only do something with scripts, which pages may not contain',
  textarea: 'form fields can send what readers type elsewhere; link to a form instead',
  select: 'form fields can send what readers type elsewhere; link to a form instead',
  base: 'it changes where every link on the page goes',
  meta: 'it can redirect readers to another website',
  link: 'it loads styles or scripts from elsewhere; write a normal Markdown link [text](https://…) instead',
  svg: 'SVG drawings can contain scripts; add the drawing as an image file with ![description](drawing.png) instead',
  math: 'MathML can hide links and scripts; describe the formula in text or add it as an image',
  template: 'it holds markup for scripts, which pages may not contain',
  slot: 'it is for building components, not for pages',
  portal: 'it embeds another website inside ours',
};

/**
 * Attribute names refused outright besides `on…` handlers and `style` (see url-policy.ts): they inject raw
 * HTML or code, or change where a form sends what readers type.
 */
export const REFUSED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'dangerouslysetinnerhtml', 'srcdoc', 'formaction', 'innerhtml', 'outerhtml',
]);

/** `Callout, Figure and Video`: names as a sentence lists them. */
export function nameList(names: readonly string[], conjunction: 'and' | 'or'): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}
