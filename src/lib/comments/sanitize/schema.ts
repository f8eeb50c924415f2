import type { Schema } from 'hast-util-sanitize';

/**
 * The allowlist for comment HTML. Written out in full rather than derived from hast-util-sanitize's
 * default (which still allows `action`, `method`, `accessKey` and `tabIndex` on every element), so
 * a reviewer can read everything a comment may contain in one place.
 *
 * Anything not listed is dropped; elements not listed are unwrapped (their text stays), except those
 * under `strip`, which go with their content because their content is code or noise, never prose.
 */
const GLOBAL_ATTRIBUTES = ['dir', 'lang', 'title', 'id'];
const CITED = ['cite'];

export function commentSchema(idPrefix: string): Schema {
  return {
    tagNames: [
      'a', 'abbr', 'b', 'blockquote', 'br', 'code', 'dd', 'del', 'details', 'div', 'dl', 'dt', 'em',
      'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'input', 'ins', 'kbd', 'li', 'mark', 'ol', 'p',
      'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'span', 'strike', 'strong', 'sub',
      'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'tt', 'ul', 'var',
    ],
    attributes: {
      '*': GLOBAL_ATTRIBUTES,
      a: ['href', 'name', 'ariaLabel', 'dataFootnoteRef', 'dataFootnoteBackref'],
      abbr: ['title'],
      blockquote: CITED,
      code: [['className', /^language-[\w+#-]+$/]],
      del: CITED,
      ins: CITED,
      q: CITED,
      // Only images from hosts the site chose to load survive the media transform; alt keeps them readable.
      img: ['src', 'alt', 'width', 'height'],
      // GitHub task lists: a read-only checkbox, nothing a reader can submit.
      input: [['type', 'checkbox'], ['disabled', true], 'checked'],
      li: [['className', 'task-list-item']],
      ol: ['start', 'reversed', ['className', 'contains-task-list']],
      ul: [['className', 'contains-task-list']],
      section: ['dataFootnotes', ['className', 'footnotes']],
      td: ['align', 'colSpan', 'rowSpan'],
      th: ['align', 'colSpan', 'rowSpan', 'scope'],
    },
    required: { input: { type: 'checkbox', disabled: true } },
    protocols: {
      href: ['http', 'https', 'mailto'],
      src: ['http', 'https'],
      cite: ['http', 'https'],
    },
    // Prefixing ids and names keeps a comment from clobbering the page's own anchors (or globals via
    // named elements), and the per-comment part keeps two comments' footnotes apart.
    clobber: ['id', 'name'],
    clobberPrefix: idPrefix,
    strip: [
      'script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'frame', 'frameset',
      'object', 'embed', 'applet', 'svg', 'math', 'select', 'button', 'head', 'meta', 'link', 'base',
      // GitHub's copy button around code blocks: a custom element with an icon, nothing to read.
      'clipboard-copy',
    ],
    allowComments: false,
    allowDoctypes: false,
  };
}
