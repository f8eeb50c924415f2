import { currentTime } from '../src/lib/now.ts';
import { progress, runCommand, UsageError } from '../src/lib/cli/command.ts';
import { GITHUB_ENV_HELP } from '../src/lib/cli/github-env.ts';
import { parseTimestampFlag } from '../src/lib/cli/values.ts';
import { formatProblem } from '../src/lib/errors.ts';
import { runTally, tallyFailureReport } from '../src/lib/polls/run-tally.ts';
import { runVerify, verifyFailure } from '../src/lib/polls/run-verify.ts';

/**
 * `npm run tally`: counts every opened poll from the snapshot into content/polls/results/; with GITHUB_TOKEN also
 * keeps each poll's summary comment (which witnesses the count on GitHub) and its proposal's `chapterhouse/poll`
 * status current. `--gate` sets the statuses only, from the committed results (the proposal gate's run).
 * `--verify` recounts every closed poll from the committed snapshot and the frozen state and fails on any
 * mismatch; `--github` also compares each poll's files with its witness on GitHub.
 */
const command = {
  name: 'npm run tally',
  summary:
    'count every opened poll from the synced snapshot (content/github/) into content/polls/results/<id>.json. With ' +
    '--verify, recount every closed poll from the committed snapshot and the frozen state instead, and fail on any ' +
    'mismatch. A poll that cannot be counted is named; the others are still counted.',
  flags: {
    verify: { type: 'boolean', description: 'recount the committed results of closed polls; writes nothing' },
    github: { type: 'boolean', description: 'with --verify: also compare each poll with its witness comment on GitHub (reads only)' },
    gate: { type: 'boolean', description: 'set the chapterhouse/poll statuses only, from the committed results (the proposal gate\'s run)' },
    rewitness: { type: 'string', value: 'poll id', description: 'post this poll\'s witness comment again' },
    json: { type: 'boolean', description: 'print the summary as JSON on stdout' },
    'dry-run': { type: 'boolean', description: 'count and print, but write no file and change nothing on GitHub' },
    now: { type: 'string', value: 'ISO time', description: 'count as if it were this time (default: now, or CHAPTERHOUSE_NOW)' },
  },
  writes:
    'with GITHUB_TOKEN set (and without --dry-run or --verify), it posts or edits one summary comment in each poll\'s ' +
    'discussion and sets the chapterhouse/poll commit status on proposal pull requests (--gate: the statuses only).',
  env: { ...GITHUB_ENV_HELP, CHAPTERHOUSE_NOW: 'pin the clock (tests, rebuilding an old state)' },
  examples: ['npm run tally -- --dry-run --json', 'npm run tally -- --verify --github'],
} as const;

await runCommand(command, async ({ flags }) => {
  const now = flags.now ? parseTimestampFlag('--now', flags.now) : currentTime();
  if (flags.verify) {
    const { checked, witnessed, problems } = await runVerify({ now, github: flags.github, progress });
    for (const p of problems) progress(`✖ ${formatProblem(p)}`);
    if (flags.json) process.stdout.write(`${JSON.stringify({ checked, witnessed, problems }, null, 2)}\n`);
    if (problems.length) throw verifyFailure(problems.length);
    progress(`✔ ${checked} closed poll result${checked === 1 ? '' : 's'} recounted from the committed snapshot and frozen state: every figure matches.${witnessed ? ` ${witnessed} poll${witnessed === 1 ? '' : 's'} match their witness on GitHub.` : ''}`);
    return 0;
  }
  if (flags.github) throw new UsageError('--github only goes with --verify: run "npm run tally -- --verify --github"');
  const summary = await runTally({ dryRun: flags['dry-run'], gateOnly: flags.gate, rewitness: flags.rewitness, now, progress });
  if (flags.json) process.stdout.write(`${JSON.stringify({ polls: summary.polls }, null, 2)}\n`);
  // Every other poll was counted and written; the ones that could not be are named, and the exit code says so.
  if (summary.failures.length) throw tallyFailureReport(summary);
  return 0;
});
