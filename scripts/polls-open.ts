import { currentTime } from '../src/lib/now.ts';
import { flagValue, hasFlag, progress, runCli } from '../src/lib/cli/run.ts';
import { ChapterhouseError } from '../src/lib/errors.ts';
import { runPollsOpen } from '../src/lib/polls/run-polls-open.ts';

/**
 * npm run polls:open [-- --dry-run] [--now ISO]
 * Opens the polls whose time has come: creates the discussion when the poll file names none, posts one
 * option comment per option, and freezes the rules in content/polls/state/<id>.json. Idempotent.
 */
runCli(async (args) => {
  const at = flagValue(args, '--now');
  const now = at ? new Date(at) : currentTime();
  if (Number.isNaN(now.getTime())) throw new ChapterhouseError('bad-flag', `--now "${at}" is not a timestamp`, 'write it like 2026-09-01T09:00:00Z');
  await runPollsOpen({ dryRun: hasFlag(args, '--dry-run'), now, progress });
  return 0;
});
