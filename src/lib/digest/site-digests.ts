import { absoluteUrl, href, languageOf, languages } from '../../i18n/index.ts';
import { ContentError } from '../errors.ts';
import { currentTime } from '../now.ts';
import { once } from '../once.ts';
import { sitePolls } from '../polls/site-polls.ts';
import type { DigestDocument } from './document.ts';
import { digestFor, loadDigestSources, readDigestRecords, type DigestEntry } from './load.ts';
import { renderDigest, type DigestFormat } from './render.ts';

/**
 * The published digests for the site build, read once: each one's page (links within the site) and its
 * newsletter versions (absolute links, since a mail is read far from the site).
 */
export const siteDigests = once((): DigestEntry[] => {
  const { digests, problems } = readDigestRecords();
  if (problems.length) throw new ContentError(problems);
  return digests;
});

const sources = once(() => loadDigestSources(undefined, currentTime(), sitePolls()));

/** A digest's page in a language, with links that stay on the site (its base path included). */
export function digestPage(entry: DigestEntry, lang: string): DigestDocument {
  return digestFor(sources(), entry, lang, { link: (l, p) => href(l, p), self: href(lang, `digest/${entry.date}`) });
}

/** A digest as a newsletter, with absolute links. */
export function digestMail(entry: DigestEntry, lang: string, format: DigestFormat): string {
  const doc = digestFor(sources(), entry, lang, { link: (l, p) => absoluteUrl(href(l, p)), self: absoluteUrl(href(lang, `digest/${entry.date}`)) });
  return renderDigest(doc, format, languageOf(lang).dir);
}

const CONTENT_TYPES: Record<DigestFormat, string> = { html: 'text/html; charset=utf-8', text: 'text/plain; charset=utf-8', md: 'text/markdown; charset=utf-8' };

/** `getStaticPaths` and `GET` of a digest's newsletter file in one format, beside its page. */
export function digestFileRoute(format: DigestFormat) {
  return {
    getStaticPaths: () => languages.flatMap((l) => siteDigests().map((entry) => ({ params: { lang: l.code, date: entry.date }, props: { entry } }))),
    GET: (context: { params: Record<string, string | undefined>; props: Record<string, unknown> }) =>
      new Response(digestMail(context.props.entry as DigestEntry, context.params.lang!, format), { headers: { 'Content-Type': CONTENT_TYPES[format] } }),
  };
}
