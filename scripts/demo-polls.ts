/**
 * npm run demo:polls
 * Rebuild the demo's poll states and results (content/polls/state, content/polls/results) and the snapshot
 * in content/github/ the way a real organization's record is made: polls:open at each poll's opening time and
 * the tally at the demo's "now", against the fake GitHub loaded with the demo dataset. See CONTRIBUTING,
 * "The demo's data"; test/polls/demo-record.test.ts checks the committed files never drift from this.
 */
import path from 'node:path';
import { progress, runCli } from '../src/lib/cli/run.ts';
import { contentRoot } from '../src/lib/content/paths.ts';
import { regenerateDemoRecord } from '../test/fake-github/demo-record.ts';

await runCli(async () => {
  const root = contentRoot();
  await regenerateDemoRecord(root, progress);
  progress(`Demo poll states, results and snapshot written under ${path.relative(process.cwd(), root) || '.'}/`);
});
