/**
 * npm run github:fake [-- --demo] [-- --port 4010] [-- --repository owner/name]
 * A local GitHub (GraphQL + the REST routes the project uses) for manual runs: prints the environment to
 * point `npm run sync`, `tally` or `polls:open` at it, and logs each request to stderr.
 */
import { flagValue, hasFlag, progress, runCli } from '../src/lib/cli/run.ts';
import { readSite } from '../src/lib/content/load.ts';
import { buildDemoDataset } from '../test/fake-github/demo-dataset.ts';
import { FakeGitHubData } from '../test/fake-github/dataset.ts';
import { startFakeGitHub } from '../test/fake-github/server.ts';

await runCli(async (args) => {
  const repository = flagValue(args, '--repository') ?? readSite().repository;
  const data = hasFlag(args, '--demo') ? buildDemoDataset() : new FakeGitHubData(repository);
  const port = Number(flagValue(args, '--port') ?? 4010);
  const fake = await startFakeGitHub(data, { port, pointsPerHour: 1000 });
  progress(`Fake GitHub for ${data.nameWithOwner} listening on ${fake.url}${hasFlag(args, '--demo') ? ' (demo data)' : ''}`);
  progress('Point scripts at it with:');
  for (const [k, v] of Object.entries(fake.env())) process.stdout.write(`export ${k}=${v}\n`);
  let seen = 0;
  setInterval(() => {
    for (const r of fake.requests.slice(seen)) progress(`${r.status} ${r.method} ${r.path}${r.operation ? ` ${r.operation}` : ''}${r.cost ? ` (${r.cost} pt)` : ''}`);
    seen = fake.requests.length;
  }, 250);
  await new Promise(() => {});
});
