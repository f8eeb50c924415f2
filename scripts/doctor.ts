/** `npm run doctor`: is this repository set up on GitHub the way the workflows need? */
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { GITHUB_ENV_HELP } from '../src/lib/cli/github-env.ts';
import { readSite } from '../src/lib/content/load.ts';
import { diagnose } from '../src/lib/doctor/checks.ts';
import { formatChecklist } from '../src/lib/doctor/format.ts';
import { gatherFacts } from '../src/lib/doctor/gather.ts';
import { createGitHubClient } from '../src/lib/github/client.ts';
import { githubConfigFromEnv } from '../src/lib/github/config.ts';
import { currentTime } from '../src/lib/now.ts';
import { STATUS_CONTEXT } from '../src/lib/polls/gate.ts';
import { scheduledWorkflows } from '../src/lib/workflows/scheduled.ts';

const command = {
  name: 'npm run doctor',
  summary:
    'check, with a token, that the GitHub repository is set up the way the workflows need, and print a checklist: each ' +
    'line ✓ or ✖ with the exact fix and the settings page to open. Discussions enabled; the discussion categories of ' +
    'content/site.yml exist and take the scripts\' comments; the proposal label exists; Pages publishes from GitHub Actions; ' +
    'Actions may run the workflows; the default branch requires the chapterhouse/poll status; the scheduled workflows are ' +
    'enabled and ran in the last day. Exits 1 when a check fails. It only reads.',
  flags: {
    json: { type: 'boolean', description: 'print the checks as JSON on stdout: { repository, ok, checks: [{ id, status, title, fix, url }] }' },
  },
  env: GITHUB_ENV_HELP,
  examples: ['GITHUB_TOKEN=$(gh auth token) npm run doctor', 'npm run doctor -- --json'],
} as const;

await runCommand(command, async ({ flags }) => {
  const site = readSite();
  const config = githubConfigFromEnv(process.env, site.repository);
  const client = createGitHubClient(config);
  const scheduled = scheduledWorkflows();
  progress(`Reading the settings of ${config.owner}/${config.name} on GitHub…`);
  const facts = await gatherFacts(client, { label: site.proposals.label, branch: site.branch, scheduled });
  const checks = diagnose(
    facts,
    {
      categories: [...site.discussions.categories, site.discussions.pageCategory, site.polls.category],
      pollsCategory: site.polls.category,
      label: site.proposals.label,
      branch: site.branch,
      statusContext: STATUS_CONTEXT,
      scheduled,
      maxQuietHours: 24,
    },
    // GitHub's schedule runs on real time, the demo's included; CHAPTERHOUSE_NOW still pins it for tests.
    process.env.CHAPTERHOUSE_NOW ? currentTime() : new Date(),
  );
  const ok = checks.every((c) => c.status !== 'fail');
  if (flags.json) process.stdout.write(`${JSON.stringify({ repository: facts.repository, ok, checks }, null, 2)}\n`);
  else process.stdout.write(formatChecklist(facts.repository, checks));
  return ok ? 0 : 1;
});
