import { dateFormat, href, inLanguage, t } from '../../i18n/index.ts';
import { escapeAttribute as attr, escapeText as text } from '../../lib/html/escape.ts';
import type { PageStatus } from '../../lib/translations/report.ts';

/**
 * The rows of a language's table on the translators' dashboard (TranslationTable.astro): each page, its state,
 * what changed in the original since, and the links to act. Written as a string: the table lists every page of
 * the site (hundreds of rows in each of the languages), and as template elements those rows were most of the time
 * a rebuild spent rendering.
 */
const BADGE = { current: 'ok', outdated: 'warn', missing: 'bad', invalid: 'bad', unknown: '' } as const;
const KIND_LABEL = { documents: 'nav.documents', handbook: 'nav.handbook', blog: 'nav.blog' } as const;
const pagePath = (p: PageStatus) => `${p.kind}/${p.slug ? `${p.slug}/` : ''}`;
// An attribute whose value is missing is left out, as a template leaves it out.
const optional = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${attr(value)}"`);

function changesHtml(lang: string, p: PageStatus): string {
  if (p.state !== 'outdated') return '';
  const since = t(lang, 'translations.changedSince', { date: p.translatedIn ? dateFormat(lang, p.translatedIn.date) : '—' });
  const items = p.changes.map((c, i) =>
    `<li><a${optional('href', p.links.commits?.[i])} rel="nofollow"><time datetime="${attr(c.date)}">${text(dateFormat(lang, c.date, 'short'))}</time></a> ${text(c.subject)}</li>`);
  const compare = p.links.compare ? `<a class="external" href="${attr(p.links.compare)}" rel="nofollow">${text(t(lang, 'translations.whatChanged'))}</a>` : '';
  return `<div class="small"><p>${text(since)}</p><ul>${items.join('')}</ul>${compare}</div>`;
}

function rowHtml(lang: string, p: PageStatus, compact: boolean): string {
  const problem = (p.state === 'unknown' || p.state === 'invalid') && p.message
    ? `<div class="small muted"><code>${text(inLanguage(p.message, 'en', lang))}</code></div>` : '';
  const review = p.reviewProblem ? `<div class="small muted"><code>${text(inLanguage(p.reviewProblem, 'en', lang))}</code></div>` : '';
  const translate = p.links.translate
    ? `<a class="button" href="${attr(compact ? href(p.lang, pagePath(p)) : p.links.translate)}" rel="nofollow">${text(t(lang, 'translations.translate'))}</a>` : '';
  const edit = p.links.edit ? `<a class="button" href="${attr(p.links.edit)}" rel="nofollow">${text(t(lang, 'translations.update'))}</a>` : '';
  return `<tr data-state="${attr(p.state)}">`
    + `<td><a href="${attr(href(p.lang, pagePath(p)))}" hreflang="${attr(p.lang)}">${text(p.title)}</a><div class="small muted">${text(t(lang, KIND_LABEL[p.kind]))} · <code>${text(p.file)}</code></div></td>`
    + `<td><span class="badge ${attr(BADGE[p.state])}">${text(t(lang, `translations.state.${p.state}`))}</span>${changesHtml(lang, p)}${problem}${review}</td>`
    + `<td class="actions small">${translate}${edit}<a class="external" href="${attr(p.links.source)}" rel="nofollow">${text(t(lang, 'translations.original'))}</a></td>`
    + '</tr>';
}

/** `compact`: "Translate" opens the untranslated page (whose notice has the pre-filled editor link) instead of the editor. */
export function translationRowsHtml(lang: string, pages: readonly PageStatus[], compact: boolean): string {
  return pages.map((p) => rowHtml(lang, p, compact)).join('');
}
