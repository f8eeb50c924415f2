import path from 'node:path';
import { getViteConfig } from 'astro/config';

/**
 * Component tests: `*.astro.test.ts` files render .astro components with Astro's container API, which
 * needs Astro's Vite plugins. They run as their own vitest project (see vitest.config.ts).
 */
const root = path.resolve(import.meta.dirname, '..');

export default getViteConfig(
  {
    root,
    test: {
      name: 'astro',
      root,
      include: ['src/**/*.astro.test.ts', 'test/**/*.astro.test.ts'],
      globalSetup: ['test/setup/node-version.ts'],
      testTimeout: 60_000,
      pool: 'forks',
    },
  },
  { root },
);
