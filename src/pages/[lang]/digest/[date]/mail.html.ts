import { digestFileRoute } from '../../../../lib/digest/site-digests.ts';

/** The digest as a newsletter file (html), with absolute links: see src/lib/digest/render.ts. */
export const { getStaticPaths, GET } = digestFileRoute('html');
