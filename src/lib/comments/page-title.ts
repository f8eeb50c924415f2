/**
 * The title a page's discussion has in the page category: giscus's `pathname` mapping, so an
 * organization that already used giscus keeps its threads. giscus takes `location.pathname` without
 * its leading slash; we also leave out the site's base path, so moving the site under a project path
 * on GitHub Pages keeps every thread. The trailing slash stays, as our routes all have one:
 * `en/documents/mission/`.
 */
export interface PageTitleOptions {
  defaultLanguage: string;
  /** true: every translation maps to the default language's page, so they share one thread. */
  shareAcrossLanguages: boolean;
}

/**
 * `pagePath` is the page's path without the base path, language first (`es/documents/mission/`);
 * the path after the language (`documents/mission/`) is accepted too.
 */
export function pageDiscussionTitle(lang: string, pagePath: string, options: PageTitleOptions): string {
  const segments = pagePath.split('/').filter((segment) => segment !== '');
  if (segments[0] === lang) segments.shift();
  const language = options.shareAcrossLanguages ? options.defaultLanguage : lang;
  return segments.length ? `${language}/${segments.join('/')}/` : `${language}/`;
}
