/** `npm run proposals:fetch`: the heads of pull requests, so proposal pages can show each amendment from git. */
import { progress, runCommand, UsageError } from '../src/lib/cli/command.ts';
import { runSteps } from '../src/lib/cli/steps.ts';

const command = {
  name: 'npm run proposals:fetch',
  summary:
    "fetch the head commit of every pull request from the remote (refs/pull/*/head into refs/remotes/<remote>/pull/*), so " +
    'proposal pages and npm run proposals can show what each proposal changes. A checkout in Actions has only main.',
  flags: {
    remote: { type: 'string', value: 'name', description: 'the remote to fetch from (default origin)' },
  },
  examples: ['npm run proposals:fetch', 'npm run proposals:fetch -- --remote upstream'],
} as const;

await runCommand(command, ({ flags }) => {
  const remote = flags.remote ?? 'origin';
  if (!/^[A-Za-z0-9._-]+$/.test(remote)) throw new UsageError(`--remote "${remote}" is not a remote name`);
  return runSteps([{ command: 'git', args: ['fetch', '--no-tags', '--quiet', remote, `+refs/pull/*/head:refs/remotes/${remote}/pull/*`] }], progress);
});
