/** `npm test`: the whole suite with vitest, or the part named. */
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { runSteps } from '../src/lib/cli/steps.ts';

const command = {
  name: 'npm test',
  summary:
    'run the test suite with vitest: unit tests beside the code, integration and browser tests in test/, and the demo ' +
    "organization's own tests in test/demo/ when the demo is present. Give paths or parts of paths to run only those files.",
  positionals: [{ name: 'filter', description: 'run only test files whose path contains this (e.g. src/lib/polls)', variadic: true }],
  flags: {
    name: { type: 'string', short: 't', value: 'pattern', description: 'run only tests whose name matches this pattern' },
    project: { type: 'string', value: 'node|astro', description: 'run only the plain tests (node) or the component tests (astro)' },
    watch: { type: 'boolean', description: 'keep running, re-running tests as files change' },
    reporter: { type: 'string', value: 'name', description: "vitest's reporter, e.g. dot or verbose" },
  },
  env: {
    CHROMIUM_PATH: 'the Chromium or Chrome binary for the browser tests (default /usr/bin/chromium)',
    UPDATE_FIXTURES: 'set to 1 to rewrite expected fixture files on purpose (review the diff)',
  },
  examples: ['npm test', 'npm test -- src/lib/polls -t quorum', 'npm test -- --project astro --reporter verbose'],
} as const;

await runCommand(command, ({ flags, positionals }) => {
  const args = [
    flags.watch ? 'watch' : 'run',
    ...positionals,
    ...(flags.name ? ['-t', flags.name] : []),
    ...(flags.project ? ['--project', flags.project] : []),
    ...(flags.reporter ? ['--reporter', flags.reporter] : []),
  ];
  return runSteps([{ command: 'vitest', args }], progress);
});
