import { currentTime } from '../src/lib/now.ts';
import { flagValue, hasFlag, progress, runCli } from '../src/lib/cli/run.ts';
import { ChapterhouseError } from '../src/lib/errors.ts';
import { failureReport, runPollsOpen } from '../src/lib/polls/run-polls-open.ts';

/**
 * npm run polls:open [-- --dry-run] [--now ISO]
 * Opens the polls whose time has come: creates the discussion when the poll file names none, posts one
 * option comment per option, freezes the rules, proposal head, ballot boxes and electorate in
 * content/polls/state/<id>.json, and posts the summary comment that witnesses them. Idempotent against GitHub:
 * it adopts a discussion an earlier run created. A poll that cannot be opened is named; the others still open.
 */
runCli(async (args) => {
  const at = flagValue(args, '--now');
  const now = at ? new Date(at) : currentTime();
  if (Number.isNaN(now.getTime())) throw new ChapterhouseError('bad-flag', `--now "${at}" is not a timestamp`, 'write it like 2026-09-01T09:00:00Z');
  const result = await runPollsOpen({ dryRun: hasFlag(args, '--dry-run'), now, progress });
  // Every other poll was opened; the ones that could not be are named, and the exit code says so.
  if (result.failures.length) throw failureReport(result);
  return 0;
});
