/** `npm run upgrade -- upstream/main`: take a newer Chapterhouse, keeping the organization's content as it is. */
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { runSteps } from '../src/lib/cli/steps.ts';
import { git } from '../src/lib/git/git.ts';
import { runUpgrade } from '../src/lib/setup/run-upgrade.ts';

const command = {
  name: 'npm run upgrade',
  summary:
    "merge a newer Chapterhouse into this repository: engine files come from upstream, while the organization's content/ " +
    '(site.yml included), CODEOWNERS and issue-template links stay exactly as they are, so demo pages you deleted or changed ' +
    'never conflict. Commits the merge when nothing conflicts; otherwise lists the engine files you changed yourself that ' +
    'need a decision. Refuses a working tree with uncommitted changes. It fetches from the remote, and never pushes. ' +
    'Once, first: git remote add upstream <Chapterhouse\'s repository URL>.',
  positionals: [{ name: 'ref', description: 'the upstream commit to take, e.g. upstream/main (fetched first when it names a remote)', required: true }],
  flags: {
    'no-fetch': { type: 'boolean', description: 'use the ref as it is here; do not fetch its remote first' },
    'no-commit': { type: 'boolean', description: 'leave the merge staged for review instead of committing it' },
  },
  examples: ['npm run upgrade -- upstream/main', 'npm run upgrade -- upstream/main --no-commit'],
} as const;

await runCommand(command, async ({ flags, positionals: [ref] }) => {
  const remote = /^([A-Za-z0-9._-]+)\/(.+)$/.exec(ref!);
  if (remote && !flags['no-fetch']) {
    const remotes = git(['remote'], process.cwd()).split('\n');
    if (remotes.includes(remote[1]!)) {
      progress(`Fetching ${remote[2]} from ${remote[1]}…`);
      const code = await runSteps([{ command: 'git', args: ['fetch', '--no-tags', '--quiet', remote[1]!, remote[2]!] }], progress);
      if (code !== 0) return code;
    }
  }
  const outcome = runUpgrade(process.cwd(), ref!, { commit: !flags['no-commit'] });
  if (outcome.upToDate) {
    progress(`Already up to date with ${ref} (${outcome.sha.slice(0, 12)}).`);
    return 0;
  }
  progress(`Engine files from ${ref}: ${outcome.engine.length}.`);
  for (const f of outcome.engine.slice(0, 40)) progress(`  ${f}`);
  if (outcome.engine.length > 40) progress(`  … and ${outcome.engine.length - 40} more`);
  if (outcome.keptOurs.length) progress(`Kept as they are (upstream changed them, they are the organization's): ${outcome.keptOurs.length} files under ${[...new Set(outcome.keptOurs.map((f) => f.split('/')[0]))].join(', ')}.`);
  if (outcome.conflicts.length) {
    progress(`\n✖ ${outcome.conflicts.length} engine file${outcome.conflicts.length === 1 ? '' : 's'} changed both here and upstream:`);
    for (const f of outcome.conflicts) progress(`  ${f}`);
    progress('  → edit each to keep what you need (look for <<<<<<<), git add them, then git commit. Or undo the whole upgrade with: git merge --abort');
    return 1;
  }
  progress(outcome.committed ? `✓ Committed the upgrade to ${outcome.sha.slice(0, 12)}.` : '✓ The upgrade is staged: review it with git diff --cached, then git commit.');
  progress(`Next: ${outcome.packagesChanged ? 'npm install, then ' : ''}npm run build && npm test`);
  return 0;
});
