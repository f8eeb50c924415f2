/** `npm run build`: content check, Astro build, search index, in that order. */
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { runSteps } from '../src/lib/cli/steps.ts';

const command = {
  name: 'npm run build',
  summary:
    "check the content (npm run check), build the site into dist/ with Astro, then index it for search with Pagefind. " +
    'It works offline: everything it shows from GitHub comes from the committed snapshot in content/github/.',
  flags: {},
  env: {
    BASE_PATH: 'serve the site under this path, e.g. /site/ for a GitHub Pages project site (the deploy workflow sets it)',
    SITE_URL: 'the address the site is published at (default: url in content/site.yml)',
    CHAPTERHOUSE_CONTENT: 'build another content folder instead of content/',
  },
  examples: ['npm run build', 'BASE_PATH=/site/ npm run build'],
} as const;

await runCommand(command, () =>
  runSteps(
    [
      { command: process.execPath, args: ['scripts/check.ts'] },
      { label: 'Building the site…', command: 'astro', args: ['build'] },
      { label: 'Indexing it for search…', command: 'pagefind', args: ['--site', 'dist'] },
    ],
    progress,
  ),
);
