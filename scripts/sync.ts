/**
 * `npm run sync`: fetch GitHub discussions, comments, reactions and proposal pull requests into content/github/.
 * Reads GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_GRAPHQL_URL (GitHub Actions sets them).
 */
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { GITHUB_ENV_HELP } from '../src/lib/cli/github-env.ts';
import { formatSummary, runSync } from '../src/lib/sync/run-sync.ts';

const command = {
  name: 'npm run sync',
  summary:
    'fetch the discussions, comments, reactions and proposal pull requests the site shows into content/github/. ' +
    'Incremental: only what changed since the last sync (plus the option comments of open polls). The write is atomic; ' +
    'on any failure the previous snapshot stays as it was. It only reads from GitHub.',
  flags: {
    full: { type: 'boolean', description: 'refetch everything (also notices deleted discussions and removed labels)' },
    json: { type: 'boolean', description: 'print the summary (requests, points, files written) as JSON on stdout' },
  },
  env: GITHUB_ENV_HELP,
  examples: ['GITHUB_TOKEN=… npm run sync', 'npm run sync -- --full --json'],
} as const;

await runCommand(command, async ({ flags }) => {
  const summary = await runSync({ full: flags.full, progress });
  progress(formatSummary(summary));
  if (flags.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
});
