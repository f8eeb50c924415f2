/**
 * `npm run demo:snapshot`: rebuild the committed demo snapshot in content/github/ by running the real sync
 * against the fake GitHub loaded with the demo dataset. test/demo/snapshot.test.ts keeps the two equal.
 */
import path from 'node:path';
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { contentRoot } from '../src/lib/content/paths.ts';
import { formatSummary, runSync } from '../src/lib/sync/run-sync.ts';
import { buildDemoDataset } from '../test/fake-github/demo-dataset.ts';
import { startFakeGitHub } from '../test/fake-github/server.ts';

const command = {
  name: 'npm run demo:snapshot',
  summary:
    "rewrite the demo organization's GitHub snapshot (content/github/) from the demo dataset in test/fake-github/, by " +
    'running the real sync against the local fake GitHub. Run it after changing the dataset. It never reaches GitHub.',
  flags: {},
  examples: ['npm run demo:snapshot'],
} as const;

await runCommand(command, async () => {
  const root = contentRoot();
  const fake = await startFakeGitHub(buildDemoDataset(root));
  try {
    const summary = await runSync({ root, env: fake.env(), full: true, progress, client: { spacingMs: 0 } });
    progress(formatSummary(summary));
    progress(`Demo snapshot written to ${path.relative(process.cwd(), path.join(root, 'github'))}/`);
  } finally {
    await fake.close();
  }
});
