import { defineMiddleware } from 'astro:middleware';

/**
 * Before each page: hand the organization's data collections (interface strings, chapters, roster,
 * glossaries) to the modules that serve them. In `npm run dev` that is what makes an edit to those files show
 * on the next page load; in a build the data does not change, and handing it over again costs nothing.
 * The import is made here, per request, because the dev server keeps this module but replaces the content
 * modules when data changes: a static import would keep reading the first copy of the data. A build's modules
 * never change, and importing them again for each of 19,500 pages showed in profiles: a build imports them once.
 *
 * After each page: text that fell back to another language was marked while rendering (src/i18n/marks.ts);
 * in HTML the marks become `lang`/`dir` spans, anywhere else (feeds, JSON) they are removed. Under `npm run build`,
 * which names the worker for it (CHAPTERHOUSE_MARKS_WORKER), a worker thread does that while the next page renders
 * (src/i18n/marks-off-thread.ts); the dev server and a plain `astro build` do it here.
 */
const importModules = () => Promise.all([import('./lib/collections.ts'), import('./i18n/index.ts'), import('./i18n/marks-off-thread.ts')]);
let imported: ReturnType<typeof importModules> | undefined;
const marksWorker = import.meta.env.DEV ? undefined : process.env.CHAPTERHOUSE_MARKS_WORKER;
let apart: import('./i18n/marks-off-thread.ts').MarksApart | undefined;

export const onRequest = defineMiddleware(async (_context, next) => {
  const [{ loadOrganizationData }, { languages, markFallbacks, resolveFallbacks }, { resolveMarksApart }] = await (import.meta.env.DEV ? importModules() : (imported ??= importModules()));
  await loadOrganizationData();
  markFallbacks();
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  if (!response.body || (type && !/^(text\/|application\/(json|xml|rss\+xml))/.test(type))) return response;
  // Bytes in and bytes out: decoding each page to a string and encoding it again cost several seconds of a
  // 19,500-page build; a page without marks goes out as the very bytes it came in as.
  const bytes = Buffer.from(await response.arrayBuffer());
  const html = type.startsWith('text/html');
  const page = marksWorker ? await (apart ??= resolveMarksApart(marksWorker, languages)).resolve(bytes, html) : resolveFallbacks(bytes, html);
  return new Response(page, { status: response.status, statusText: response.statusText, headers: response.headers });
});
