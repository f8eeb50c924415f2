import Callout from './Callout.astro';

/** Components available in every MDX page without an import (the content check forbids imports). */
export const mdxComponents = { Callout };
