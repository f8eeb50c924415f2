/**
 * `npm run github:fake`: a local GitHub (GraphQL against GitHub's public schema, plus the REST routes the
 * project uses) for manual runs: prints the environment that points sync, tally, polls:open or doctor at it.
 */
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { parsePortFlag } from '../src/lib/cli/values.ts';
import { readSite } from '../src/lib/content/load.ts';
import { buildDemoDataset } from '../test/fake-github/demo-dataset.ts';
import { FakeGitHubData } from '../test/fake-github/dataset.ts';
import { startFakeGitHub } from '../test/fake-github/server.ts';

const command = {
  name: 'npm run github:fake',
  summary:
    'start a local fake GitHub and print the environment (export lines on stdout) that points the scripts at it; ' +
    'each request it answers is logged on stderr. Stop it with Ctrl-C. It never reaches GitHub.',
  flags: {
    demo: { type: 'boolean', description: "load the demo organization's discussions, polls and pull requests" },
    port: { type: 'string', value: 'port', description: 'listen on this port (default 4010; 0 picks a free one)' },
    repository: { type: 'string', value: 'owner/name', description: 'the repository it pretends to be (default: repository in content/site.yml)' },
  },
  examples: ['npm run github:fake -- --demo', 'npm run github:fake -- --port 0 --repository my-org/site'],
} as const;

await runCommand(command, async ({ flags }) => {
  const port = flags.port === undefined ? 4010 : parsePortFlag('--port', flags.port);
  const repository = flags.repository ?? readSite().repository;
  const data = flags.demo ? buildDemoDataset() : new FakeGitHubData(repository);
  const fake = await startFakeGitHub(data, { port, pointsPerHour: 1000 });
  progress(`Fake GitHub for ${data.nameWithOwner} listening on ${fake.url}${flags.demo ? ' (demo data)' : ''}`);
  progress('Point scripts at it with:');
  for (const [k, v] of Object.entries(fake.env())) process.stdout.write(`export ${k}=${v}\n`);
  let seen = 0;
  setInterval(() => {
    for (const r of fake.requests.slice(seen)) progress(`${r.status} ${r.method} ${r.path}${r.operation ? ` ${r.operation}` : ''}${r.cost ? ` (${r.cost} pt)` : ''}`);
    seen = fake.requests.length;
  }, 250);
  await new Promise(() => {});
});
