import { configDefaults, defineConfig } from 'vitest/config';
import { isDemoPresent } from './src/lib/content/demo.ts';

/**
 * The engine's tests run everywhere. The demo organization's own tests (test/demo/) test its data, so they run
 * only while the demo is here (content/demo.yml, which `npm run init` removes); test/setup/demo.ts says once
 * that they were left out, and why.
 */
const demo = isDemoPresent();

export default defineConfig({
  test: {
    globalSetup: ['test/setup/node-version.ts', 'test/setup/temp-dir.ts', 'test/setup/demo.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          // Unit tests sit beside the code they test; integration and browser tests live in test/.
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, '**/*.astro.test.ts', ...(demo ? [] : ['test/demo/**'])],
        },
      },
      // Components rendered with Astro's container API need Astro's Vite plugins.
      'test/vitest.astro.config.ts',
    ],
  },
});
