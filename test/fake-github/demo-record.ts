import fs from 'node:fs';
import path from 'node:path';
import { readPolls } from '../../src/lib/polls/read-polls.ts';
import { runPollsOpen } from '../../src/lib/polls/run-polls-open.ts';
import { runTally } from '../../src/lib/polls/run-tally.ts';
import { runSync } from '../../src/lib/sync/run-sync.ts';
import { buildDemoDataset, demoNow } from './demo-dataset.ts';
import { startFakeGitHub } from './server.ts';

/**
 * The demo's decision record, made the way a real organization's is: against the fake GitHub loaded with the
 * demo dataset, sync, then `polls:open` at each poll's opening time (which freezes it and posts its summary
 * comment), then `tally` at the demo's "now" (which makes the closed polls final, witness first), then sync
 * again so the snapshot holds the summary comments. `npm run demo:polls` runs this; a test keeps the committed
 * files equal to its output.
 */
export async function regenerateDemoRecord(root: string, progress: (m: string) => void = () => {}): Promise<void> {
  const client = { spacingMs: 0, retries: 0 };
  const now = demoNow(root);
  for (const dir of ['state', 'results']) fs.rmSync(path.join(root, 'polls', dir), { recursive: true, force: true });

  // Without results the dataset has no summary comments yet: polls:open and the tally post them.
  let fake = await startFakeGitHub(buildDemoDataset(root));
  try {
    await runSync({ root, env: fake.env(), full: true, client, progress });
    const opening = [...new Set(readPolls(root).polls.map((p) => new Date(p.data.opens).toISOString()))].filter((t) => t <= now).sort();
    for (const at of opening) {
      const opened = await runPollsOpen({ root, env: fake.env(), now: new Date(at), client, progress });
      if (opened.failures.length) throw new Error(opened.failures.join('\n'));
    }
    const tally = await runTally({ root, env: fake.env(), now: new Date(now), client, progress });
    if (tally.failures.length) throw new Error(tally.failures.join('\n'));
  } finally {
    await fake.close();
  }
  // Now the dataset carries the summary comments as the tally left them; the snapshot is a sync of it.
  fake = await startFakeGitHub(buildDemoDataset(root));
  try {
    await runSync({ root, env: fake.env(), full: true, client, progress });
  } finally {
    await fake.close();
  }
}
