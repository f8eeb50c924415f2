/**
 * The deploy workflow's last update step: commit what `sync`, `polls:open`, `tally` and the weekly `digest`
 * wrote (content/github/, content/polls/ and content/digests/) as github-actions[bot], and push it to the branch.
 * Only those folders are committed, whatever else the working tree holds.
 *
 * When the branch moved meanwhile, the commit is replayed on top; a replay that conflicts is aborted
 * (`git rebase --abort`) and the bot's changes are carried over file by file instead (its own files as it
 * wrote them, its `discussion:` line added again to a poll file a member edited), then pushed; anything it
 * cannot carry over stops with what to do.
 *
 * Prints the commit to build (the new one, or HEAD when nothing changed) on stdout, and writes it as
 * `sha=` to $GITHUB_OUTPUT when Actions provides one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { contentRoot, repoRelative, SNAPSHOT_DIR } from '../src/lib/content/paths.ts';
import { ChapterhouseError } from '../src/lib/errors.ts';
import { changedFiles, commitOnto } from '../src/lib/git/commit-onto.ts';
import { git, showFile } from '../src/lib/git/git.ts';
import { replayFile } from '../src/lib/git/replay-bot-commit.ts';

const IDENTITY = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
const BOT = ['-c', `user.name=${IDENTITY.name}`, '-c', `user.email=${IDENTITY.email}`];
// A push made with GITHUB_TOKEN starts no workflow; "[skip ci]" keeps that true for other tokens too.
const MESSAGE = 'Sync discussions and tally polls [skip ci]';
const ATTEMPTS = 3;

const command = {
  name: 'npm run commit-results',
  summary:
    'commit what sync, polls:open, tally and the weekly digest wrote (content/github/, content/polls/ and content/digests/ only, whatever else the tree holds) ' +
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
  const paths = [SNAPSHOT_DIR, 'polls', 'digests'].map((dir) => path.join(root, dir)).filter((p) => fs.existsSync(p)).map((p) => repoRelative(p));
  if (paths.length === 0) {
    progress('Nothing to commit: none of content/github, content/polls and content/digests exists.');
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
  if (!push) return finish(git(['rev-parse', 'HEAD']).trim());

  const bot = git(['rev-parse', 'HEAD']).trim();
  for (let attempt = 1; ; attempt += 1) {
    if (tryPush(branch)) {
      progress(`Pushed to ${branch}.`);
      return finish(git(['rev-parse', 'HEAD']).trim());
    }
    if (attempt > ATTEMPTS) break;
    progress(`${branch} moved while syncing; replaying the commit on top (attempt ${attempt} of ${ATTEMPTS}).`);
    git(['fetch', '--quiet', 'origin', branch]);
    const upstream = `origin/${branch}`;
    try {
      git([...BOT, 'rebase', '--quiet', upstream]);
      continue;
    } catch {
      // A conflict: leave no rebase half-done, then carry the bot's changes over file by file.
      git(['rebase', '--abort']);
    }
    const replayed = changedFiles(bot).map((f) => replayFile(
      f.path, showFile(`${bot}^`, f.path), f.deleted ? null : showFile(bot, f.path), showFile(upstream, f.path),
      { botOwned: [SNAPSHOT_DIR, 'polls/state', 'polls/results'].map((d) => repoRelative(path.join(root, d))), polls: repoRelative(path.join(root, 'polls')) },
    ));
    const conflicts = replayed.flatMap((r) => ('conflict' in r ? [`  ${r.path}: ${r.conflict}`] : []));
    if (conflicts.length) {
      throw new ChapterhouseError(
        'commit-results-conflict',
        `${branch} changed the same files as this run, and the bot's changes cannot be carried over:\n${conflicts.join('\n')}\nNothing was pushed; the bot's commit is ${bot.slice(0, 7)} in this checkout, and no rebase is left in progress.`,
        `edit the named files on ${branch} so they agree with what the bot did (a poll's discussion must stay the one polls:open created: its number is in the line above), then run the workflow again; polls:open finds the discussion it created, so no second ballot is opened`,
      );
    }
    const next = commitOnto(upstream, replayed.flatMap((r) => ('conflict' in r ? [] : [r])), MESSAGE, IDENTITY);
    // Move this checkout onto the new commit, keeping any unrelated local edits.
    git(['reset', '--quiet', '--keep', next]);
  }
  throw new ChapterhouseError(
    'commit-results-push-failed',
    `${branch} kept moving, or refused the push: the bot's commit could not be pushed after ${ATTEMPTS} replays. Nothing was pushed.`,
    `run the workflow again (the next run syncs and counts afresh); if it keeps failing, check that GitHub Actions may push to ${branch} (branch protection: allow the github-actions app to bypass)`,
  );
});

function tryPush(branch: string): boolean {
  try {
    git(['push', '--quiet', 'origin', `HEAD:${branch}`]);
    return true;
  } catch {
    return false;
  }
}

function finish(sha: string): number {
  process.stdout.write(`${sha}\n`);
  if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, `sha=${sha}\n`);
  return 0;
}
