/**
 * npm run demo:snapshot
 * Rebuild the committed demo snapshot in content/github/ by running the real sync against the fake GitHub
 * loaded with the demo dataset. test/sync/demo-snapshot.test.ts checks the two never drift apart.
 */
import path from 'node:path';
import { progress, runCli } from '../src/lib/cli/run.ts';
import { contentRoot } from '../src/lib/content/paths.ts';
import { formatSummary, runSync } from '../src/lib/sync/run-sync.ts';
import { buildDemoDataset } from '../test/fake-github/demo-dataset.ts';
import { startFakeGitHub } from '../test/fake-github/server.ts';

await runCli(async () => {
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
