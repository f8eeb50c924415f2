import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['test/setup/node-version.ts'],
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
          exclude: [...configDefaults.exclude, '**/*.astro.test.ts'],
        },
      },
      // Components rendered with Astro's container API need Astro's Vite plugins.
      'test/vitest.astro.config.ts',
    ],
  },
});
