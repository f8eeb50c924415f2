import { currentTime } from '../src/lib/now.ts';
import { flagValue, hasFlag, progress, runCli } from '../src/lib/cli/run.ts';
import { ChapterhouseError, formatProblem } from '../src/lib/errors.ts';
import { runTally, tallyFailureReport } from '../src/lib/polls/run-tally.ts';
import { runVerify, verifyFailure } from '../src/lib/polls/run-verify.ts';

/**
 * npm run tally [-- --json] [--dry-run] [--now ISO] [--gate] [--rewitness POLL-ID]
 * npm run tally -- --verify [--github]
 * Counts every opened poll from the snapshot into content/polls/results/; with GITHUB_TOKEN also keeps each
 * poll's summary comment (which witnesses the count on GitHub) and its proposal's `chapterhouse/poll` status
 * current. `--gate` sets the statuses only, from the committed results (the proposal gate's run).
 * `--verify` recounts every closed poll from the committed snapshot and the frozen state and fails on any
 * mismatch; `--github` also compares each poll's files with its witness on GitHub.
 */
runCli(async (args) => {
  const at = flagValue(args, '--now');
  const now = at ? new Date(at) : currentTime();
  if (Number.isNaN(now.getTime())) throw new ChapterhouseError('bad-flag', `--now "${at}" is not a timestamp`, 'write it like 2026-09-01T09:00:00Z');
  if (hasFlag(args, '--verify')) {
    const { checked, witnessed, problems } = await runVerify({ now, github: hasFlag(args, '--github'), progress });
    for (const p of problems) progress(`✖ ${formatProblem(p)}`);
    if (hasFlag(args, '--json')) process.stdout.write(`${JSON.stringify({ checked, witnessed, problems }, null, 2)}\n`);
    if (problems.length) throw verifyFailure(problems.length);
    progress(`✔ ${checked} closed poll result${checked === 1 ? '' : 's'} recounted from the committed snapshot and frozen state: every figure matches.${witnessed ? ` ${witnessed} poll${witnessed === 1 ? '' : 's'} match their witness on GitHub.` : ''}`);
    return 0;
  }
  if (hasFlag(args, '--github')) throw new ChapterhouseError('bad-flag', '--github only goes with --verify', 'run "npm run tally -- --verify --github"');
  const summary = await runTally({ dryRun: hasFlag(args, '--dry-run'), gateOnly: hasFlag(args, '--gate'), rewitness: flagValue(args, '--rewitness'), now, progress });
  if (hasFlag(args, '--json')) process.stdout.write(`${JSON.stringify({ polls: summary.polls }, null, 2)}\n`);
  // Every other poll was counted and written; the ones that could not be are named, and the exit code says so.
  if (summary.failures.length) throw tallyFailureReport(summary);
  return 0;
});
