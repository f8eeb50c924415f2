import { currentTime } from '../src/lib/now.ts';
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { GITHUB_ENV_HELP } from '../src/lib/cli/github-env.ts';
import { parseTimestampFlag } from '../src/lib/cli/values.ts';
import { runTally, verifyCommittedResults } from '../src/lib/polls/run-tally.ts';

/**
 * `npm run tally`: counts every poll from the snapshot into content/polls/results/; with GITHUB_TOKEN also
 * keeps each poll's summary comment and its proposal's `chapterhouse/poll` status current.
 * `--verify` recounts every closed poll from its committed result file and fails on any mismatch.
 */
const command = {
  name: 'npm run tally',
  summary:
    'count every poll from the synced snapshot (content/github/) into content/polls/results/<id>.json. ' +
    'With --verify, recount every closed poll from the data stored in its committed result instead, and fail on any mismatch.',
  flags: {
    verify: { type: 'boolean', description: 'recount the committed results of closed polls; reads only, writes nothing' },
    json: { type: 'boolean', description: 'print the tally summary as JSON on stdout' },
    'dry-run': { type: 'boolean', description: 'count and print, but write no file and change nothing on GitHub' },
    now: { type: 'string', value: 'ISO time', description: 'count as if it were this time (default: now, or CHAPTERHOUSE_NOW)' },
  },
  writes:
    'with GITHUB_TOKEN set (and without --dry-run or --verify), it posts or edits one summary comment in each poll\'s ' +
    'discussion and sets the chapterhouse/poll commit status on proposal pull requests.',
  env: { ...GITHUB_ENV_HELP, CHAPTERHOUSE_NOW: 'pin the clock (tests, rebuilding an old state)' },
  examples: ['npm run tally -- --dry-run --json', 'npm run tally -- --verify'],
} as const;

await runCommand(command, async ({ flags }) => {
  if (flags.verify) {
    const { checked, problems } = verifyCommittedResults();
    for (const p of problems) progress(`✖ ${p}`);
    if (problems.length) {
      progress(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in committed results. Each result is recounted from the data stored in it: restore the file from git history, or delete it and run "npm run sync" then "npm run tally".`);
      return 1;
    }
    progress(`✔ ${checked} closed poll result${checked === 1 ? '' : 's'} recounted: every figure matches its stored data.`);
    return 0;
  }
  const now = flags.now ? parseTimestampFlag('--now', flags.now) : currentTime();
  const summary = await runTally({ dryRun: flags['dry-run'], now, progress });
  if (flags.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  return 0;
});
