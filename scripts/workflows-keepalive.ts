/** `npm run workflows:keepalive`: keep GitHub from switching the scheduled workflows off after 60 quiet days. */
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { GITHUB_ENV_HELP } from '../src/lib/cli/github-env.ts';
import { readSite } from '../src/lib/content/load.ts';
import { createGitHubClient } from '../src/lib/github/client.ts';
import { githubConfigFromEnv } from '../src/lib/github/config.ts';
import { keepWorkflowsEnabled } from '../src/lib/workflows/keepalive.ts';
import { scheduledWorkflows } from '../src/lib/workflows/scheduled.ts';

const command = {
  name: 'npm run workflows:keepalive',
  summary:
    'enable, through GitHub\'s API, every workflow in .github/workflows that runs on a schedule. GitHub turns scheduled ' +
    'workflows off after 60 days without activity in the repository; enabling one (even if it is on) restarts the 60 ' +
    'days without making a commit. The deploy workflow runs this on each scheduled run.',
  flags: {
    'dry-run': { type: 'boolean', description: 'print what it would enable; change nothing' },
  },
  writes: 'enables workflows on GitHub (PUT …/actions/workflows/<file>/enable; the token needs "actions: write"); --dry-run changes nothing.',
  env: GITHUB_ENV_HELP,
  examples: ['npm run workflows:keepalive -- --dry-run'],
} as const;

await runCommand(command, async ({ flags }) => {
  const client = createGitHubClient(githubConfigFromEnv(process.env, readSite().repository));
  await keepWorkflowsEnabled(client, scheduledWorkflows(), progress, flags['dry-run']);
  return 0;
});
