import { currentTime } from '../src/lib/now.ts';
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { GITHUB_ENV_HELP } from '../src/lib/cli/github-env.ts';
import { parseTimestampFlag } from '../src/lib/cli/values.ts';
import { failureReport, runPollsOpen } from '../src/lib/polls/run-polls-open.ts';

const command = {
  name: 'npm run polls:open',
  summary:
    'open the polls whose time has come: create the discussion when the poll file names none, post one option comment per ' +
    'option, freeze the rules, proposal head, ballot boxes and electorate in content/polls/state/<id>.json, and post the ' +
    'summary comment that witnesses them. Idempotent against GitHub: it adopts a discussion an earlier run created. A poll ' +
    'that cannot be opened is named; the others still open.',
  flags: {
    'dry-run': { type: 'boolean', description: 'print what it would do; write no file and change nothing on GitHub' },
    now: { type: 'string', value: 'ISO time', description: 'open as if it were this time (default: now, or CHAPTERHOUSE_NOW)' },
  },
  writes: 'creates poll discussions and posts option and summary comments on GitHub (GITHUB_TOKEN required; --dry-run writes nothing).',
  env: { ...GITHUB_ENV_HELP, CHAPTERHOUSE_NOW: 'pin the clock (tests, demos)' },
  examples: ['npm run polls:open -- --dry-run', 'npm run polls:open -- --now 2026-09-01T09:00:00Z'],
} as const;

await runCommand(command, async ({ flags }) => {
  const now = flags.now ? parseTimestampFlag('--now', flags.now) : currentTime();
  const result = await runPollsOpen({ dryRun: flags['dry-run'], now, progress });
  // Every other poll was opened; the ones that could not be are named, and the exit code says so.
  if (result.failures.length) throw failureReport(result);
  return 0;
});
