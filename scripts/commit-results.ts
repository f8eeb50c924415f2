/**
 * `npm run commit-results [-- --dry-run] [--no-push] [--branch main]`
 * The deploy workflow's last update step: commit what `sync`, `polls:open` and `tally` wrote
 * (content/github/ and content/polls/) as github-actions[bot], and push it to the branch.
 * Only those two folders are committed, whatever else the working tree holds.
 *
 * Prints the commit to build (the new one, or HEAD when nothing changed) on stdout, and writes it as
 * `sha=` to $GITHUB_OUTPUT when Actions provides one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { contentRoot, repoRelative, SNAPSHOT_DIR } from '../src/lib/content/paths.ts';
import { git } from '../src/lib/git/git.ts';

const BOT = ['-c', 'user.name=github-actions[bot]', '-c', 'user.email=41898282+github-actions[bot]@users.noreply.github.com'];
// A push made with GITHUB_TOKEN starts no workflow; "[skip ci]" keeps that true for other tokens too.
const MESSAGE = 'Sync discussions and tally polls [skip ci]';

const command = {
  name: 'npm run commit-results',
  summary:
    'commit what sync, polls:open and tally wrote (content/github/ and content/polls/ only, whatever else the tree holds) ' +
    'as github-actions[bot], then push it. Prints the commit to build on stdout (and as sha= to $GITHUB_OUTPUT).',
  flags: {
    'dry-run': { type: 'boolean', description: 'list what would be committed; commit and push nothing' },
    'no-push': { type: 'boolean', description: 'commit but do not push' },
    branch: { type: 'string', value: 'name', description: 'the branch to push to (default main)' },
  },
  writes: 'makes a commit and pushes it to the branch on origin (unless --dry-run or --no-push).',
  env: { GITHUB_OUTPUT: 'set by GitHub Actions: the commit is also written there as sha=<commit>' },
  examples: ['npm run commit-results -- --dry-run', 'npm run commit-results -- --branch main'],
} as const;

await runCommand(command, async ({ flags }) => {
  const dryRun = flags['dry-run'];
  const push = !flags['no-push'];
  const branch = flags.branch ?? 'main';
  const root = contentRoot();
  const paths = [SNAPSHOT_DIR, 'polls'].map((dir) => path.join(root, dir)).filter((p) => fs.existsSync(p)).map((p) => repoRelative(p));
  if (paths.length === 0) {
    progress('Nothing to commit: neither content/github nor content/polls exists.');
    return finish(git(['rev-parse', 'HEAD']).trim());
  }

  const changed = git(['status', '--porcelain', '--untracked-files=all', '--', ...paths]).split('\n').filter(Boolean);
  if (changed.length === 0) {
    progress(`No changes in ${paths.join(' or ')}.`);
    return finish(git(['rev-parse', 'HEAD']).trim());
  }
  if (dryRun) {
    progress(`[dry run] would commit ${changed.length} change${changed.length === 1 ? '' : 's'} as github-actions[bot]${push ? ` and push to ${branch}` : ''}:`);
    for (const line of changed) progress(`  ${line}`);
    return 0;
  }

  git(['add', '--all', '--', ...paths]);
  // Naming the paths keeps anything else that happens to be staged out of the bot's commit.
  git([...BOT, 'commit', '--quiet', '-m', MESSAGE, '--', ...paths]);
  progress(`Committed ${changed.length} change${changed.length === 1 ? '' : 's'} in ${paths.join(', ')}.`);

  if (push) {
    try {
      git(['push', '--quiet', 'origin', `HEAD:${branch}`]);
    } catch {
      // Someone pushed while we synced. The bot's files are written only by this workflow, which runs
      // one at a time, so replaying the commit on top of theirs does not conflict.
      progress(`${branch} moved while syncing; replaying the commit on top and pushing again.`);
      git([...BOT, 'pull', '--quiet', '--rebase', 'origin', branch]);
      git(['push', '--quiet', 'origin', `HEAD:${branch}`]);
    }
    progress(`Pushed to ${branch}.`);
  }
  return finish(git(['rev-parse', 'HEAD']).trim());
});

function finish(sha: string): number {
  process.stdout.write(`${sha}\n`);
  if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, `sha=${sha}\n`);
  return 0;
}
