/**
 * `npm run deploy:decide`: the deploy workflow's last update step. Decides whether this run builds and
 * publishes the site (src/lib/workflows/deploy-decision.ts), and writes `build=true|false` to $GITHUB_OUTPUT.
 */
import fs from 'node:fs';
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { deployDecision, isTrue } from '../src/lib/workflows/deploy-decision.ts';

const command = {
  name: 'npm run deploy:decide',
  summary:
    'decide whether this deploy run builds and publishes the site: a scheduled run that committed nothing, on a commit ' +
    'already published, does not. Says why on stderr; writes build=true|false to $GITHUB_OUTPUT (and --json to stdout).',
  flags: {
    json: { type: 'boolean', description: 'print the decision as JSON on stdout' },
  },
  env: {
    GITHUB_EVENT_NAME: 'set by GitHub Actions: push, schedule, workflow_dispatch…',
    COMMITTED: '"true" when commit-results committed something in this run (its `committed` output)',
    DEPLOYED: '"true" when this commit was published before (the cache-hit of the "deployed" marker)',
    GITHUB_OUTPUT: 'set by GitHub Actions: the decision is written there as build=true|false',
  },
  examples: ['GITHUB_EVENT_NAME=schedule COMMITTED=false DEPLOYED=true npm run deploy:decide -- --json'],
} as const;

await runCommand(command, async ({ flags }) => {
  const decision = deployDecision({
    event: process.env.GITHUB_EVENT_NAME || 'workflow_dispatch',
    committed: isTrue(process.env.COMMITTED),
    deployedBefore: isTrue(process.env.DEPLOYED),
  });
  progress(decision.reason);
  if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, `build=${decision.build}\n`);
  if (flags.json) process.stdout.write(`${JSON.stringify(decision)}\n`);
  return 0;
});
