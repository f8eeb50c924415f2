import type { APIContext } from 'astro';
import { languages } from '../../../../i18n/index.ts';
import { digestMail, siteDigests } from '../../../../lib/digest/site-digests.ts';
import type { DigestEntry } from '../../../../lib/digest/load.ts';

/** The digest as a newsletter (text), with absolute links: see src/lib/digest/render.ts. */
export function getStaticPaths() {
  return languages.flatMap((l) => siteDigests().map((entry) => ({ params: { lang: l.code, date: entry.date }, props: { entry } })));
}

export function GET(context: APIContext) {
  const body = digestMail(context.props.entry as DigestEntry, context.params.lang!, 'text');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
