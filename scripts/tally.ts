import { currentTime } from '../src/lib/now.ts';
import { flagValue, hasFlag, progress, runCli } from '../src/lib/cli/run.ts';
import { ChapterhouseError } from '../src/lib/errors.ts';
import { runTally, verifyCommittedResults } from '../src/lib/polls/run-tally.ts';

/**
 * npm run tally [-- --json] [--dry-run] [--now ISO]
 * npm run tally -- --verify
 * Counts every poll from the snapshot into content/polls/results/; with GITHUB_TOKEN also keeps each poll's
 * summary comment and its proposal's `chapterhouse/poll` status current. `--verify` recounts every closed
 * poll from its committed result file and fails on any mismatch.
 */
runCli(async (args) => {
  if (hasFlag(args, '--verify')) {
    const { checked, problems } = verifyCommittedResults();
    for (const p of problems) progress(`✖ ${p}`);
    if (problems.length) {
      progress(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in committed results. Each result is recounted from the data stored in it: restore the file from git history, or delete it and run "npm run sync" then "npm run tally".`);
      return 1;
    }
    progress(`✔ ${checked} closed poll result${checked === 1 ? '' : 's'} recounted: every figure matches its stored data.`);
    return 0;
  }
  const at = flagValue(args, '--now');
  const now = at ? new Date(at) : currentTime();
  if (Number.isNaN(now.getTime())) throw new ChapterhouseError('bad-flag', `--now "${at}" is not a timestamp`, 'write it like 2026-09-01T09:00:00Z');
  const summary = await runTally({ dryRun: hasFlag(args, '--dry-run'), now, progress });
  if (hasFlag(args, '--json')) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  return 0;
});
