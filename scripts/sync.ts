/**
 * npm run sync [-- --full] [-- --json]
 * Fetch GitHub discussions, comments, reactions and proposal pull requests into content/github/.
 * Reads GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_GRAPHQL_URL (GitHub Actions sets them).
 */
import { hasFlag, progress, runCli } from '../src/lib/cli/run.ts';
import { formatSummary, runSync } from '../src/lib/sync/run-sync.ts';

await runCli(async (args) => {
  const summary = await runSync({ full: hasFlag(args, '--full'), progress });
  progress(formatSummary(summary));
  if (hasFlag(args, '--json')) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
});
