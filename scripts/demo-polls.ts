/**
 * `npm run demo:polls`: rebuild the demo's poll states and results (content/polls/state, content/polls/results)
 * and the snapshot in content/github/ the way a real organization's record is made: polls:open at each poll's
 * opening time and the tally at the demo's "now", against the fake GitHub loaded with the demo dataset. See
 * CONTRIBUTING, "The demo's data"; test/demo/demo-record.test.ts checks the committed files never drift from this.
 */
import path from 'node:path';
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { contentRoot } from '../src/lib/content/paths.ts';
import { regenerateDemoRecord } from '../test/fake-github/demo-record.ts';

const command = {
  name: 'npm run demo:polls',
  summary:
    "rewrite the demo organization's poll states, results and GitHub snapshot from the demo dataset, as a real " +
    "organization's record is made: polls:open at each poll's opening time, then the tally at the demo's clock, against " +
    'the local fake GitHub. Run it after changing the demo\'s polls or dataset. It never reaches GitHub.',
  flags: {},
  examples: ['npm run demo:polls'],
} as const;

await runCommand(command, async () => {
  const root = contentRoot();
  await regenerateDemoRecord(root, progress);
  progress(`Demo poll states, results and snapshot written under ${path.relative(process.cwd(), root) || '.'}/`);
});
