import { contentSecurityPolicy } from '../security/csp.ts';
import { lineText, type DigestDocument, type Line, type Text } from './document.ts';

/**
 * The digest as a newsletter: plain text, Markdown, and one self-contained HTML file (inline styles, no
 * images, scripts or external files) that mail and newsletter tools accept as pasted. Pure functions of the
 * document, so what a mail says is exactly what the site's digest page says.
 */

export type DigestFormat = 'text' | 'md' | 'html';

export function renderDigest(doc: DigestDocument, format: DigestFormat, dir: 'ltr' | 'rtl' = 'ltr'): string {
  if (format === 'text') return renderText(doc);
  if (format === 'md') return renderMarkdown(doc);
  return renderHtml(doc, dir);
}

function renderText(doc: DigestDocument): string {
  const out = [`${doc.siteName}: ${doc.title.text}`, doc.period.text, ''];
  for (const s of doc.sections) {
    out.push(s.heading.text.toLocaleUpperCase(doc.lang), '');
    for (const item of s.items) {
      out.push(`* ${item.title.text}`, ...item.lines.map((l) => `  ${lineText(l)}`), `  ${item.url}`, '');
    }
  }
  if (doc.nothing) out.push(doc.nothing.text, '');
  out.push('--', doc.footer.text, `${doc.links.digest}`, '');
  return out.join('\n');
}

const md = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

function renderMarkdown(doc: DigestDocument): string {
  const out = [`# ${md(doc.title.text)}`, '', `_${md(doc.period.text)}_`, ''];
  for (const s of doc.sections) {
    out.push(`## ${md(s.heading.text)}`, '');
    for (const item of s.items) {
      out.push(`- **[${md(item.title.text)}](${item.url})**`);
      for (const l of item.lines) out.push(`  ${md(lineText(l))}`);
      out.push('');
    }
  }
  if (doc.nothing) out.push(md(doc.nothing.text), '');
  out.push('---', '', `${md(doc.footer.text)} [${md(doc.siteName)}](${doc.links.digest})`, '');
  // Two spaces at the end of a line inside a list item make a line break in every Markdown flavour.
  return out.map((l, i, all) => (l.startsWith('  ') && all[i + 1]?.startsWith('  ') ? `${l}  ` : l)).join('\n');
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const url = (u: string) => (/^(https?:)?\/\//.test(u) || u.startsWith('/') ? escape(u) : '#');

/** Text in the document's language as is; text in another language (a fallback) marked with its `lang`. */
function piece(p: Text, docLang: string): string {
  return p.lang === docLang ? escape(p.text) : `<span lang="${escape(p.lang)}">${escape(p.text)}</span>`;
}
const line = (l: Line, docLang: string) => l.map((p) => piece(p, docLang)).join('');

// Styles inline on each element: mail tools drop <style> blocks and <link>s, and the file must stand alone.
const S = {
  body: 'margin:0;padding:0;background:#f3f0e8;',
  wrap: 'max-width:640px;margin:0 auto;padding:24px 20px;background:#fffdf8;color:#1d2327;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Noto Sans","Hiragino Sans","Yu Gothic",sans-serif;font-size:16px;line-height:1.5;',
  site: 'margin:0 0 4px;font-size:14px;color:#5b6168;',
  h1: 'margin:0 0 8px;font-size:24px;line-height:1.25;color:#1d2327;',
  period: 'margin:0 0 20px;color:#5b6168;',
  h2: 'margin:28px 0 10px;font-size:19px;line-height:1.3;color:#0b5a6b;border-bottom:1px solid #ddd6c8;padding-bottom:4px;',
  list: 'margin:0;padding:0 0 0 20px;',
  item: 'margin:0 0 14px;',
  link: 'color:#0b5a6b;font-weight:bold;',
  line: 'display:block;color:#30363b;',
  footer: 'margin:28px 0 0;padding-top:12px;border-top:1px solid #ddd6c8;font-size:14px;color:#5b6168;',
};

function renderHtml(doc: DigestDocument, dir: 'ltr' | 'rtl'): string {
  const L = doc.lang;
  const sections = doc.sections.map((s) => [
    `<h2 style="${S.h2}">${piece(s.heading, L)}</h2>`,
    `<ul style="${S.list}">`,
    ...s.items.map((item) => `<li style="${S.item}"><a href="${url(item.url)}" style="${S.link}">${piece(item.title, L)}</a>${item.lines.map((l) => `<span style="${S.line}">${line(l, L)}</span>`).join('')}</li>`),
    '</ul>',
  ].join('\n'));
  return [
    // The site's policy (no script, nothing embedded) first in <head>, as on every page: opened from the site, the
    // file runs nothing even if a text slipped through; a mail tool drops the <head> and keeps the body.
    `<!DOCTYPE html><html lang="${escape(L)}" dir="${dir}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${escape(contentSecurityPolicy())}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(`${doc.siteName}: ${doc.title.text}`)}</title>`,
    '</head>',
    `<body style="${S.body}">`,
    `<div style="${S.wrap}">`,
    `<p style="${S.site}">${escape(doc.siteName)}</p>`,
    `<h1 style="${S.h1}">${piece(doc.title, L)}</h1>`,
    `<p style="${S.period}">${piece(doc.period, L)}</p>`,
    ...sections,
    ...(doc.nothing ? [`<p>${piece(doc.nothing, L)}</p>`] : []),
    `<p style="${S.footer}">${piece(doc.footer, L)}<br><a href="${url(doc.links.digest)}" style="color:#0b5a6b;">${escape(doc.links.digest)}</a></p>`,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
