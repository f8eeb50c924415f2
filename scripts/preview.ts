/** `npm run preview`: serve the built dist/ as it would be published. */
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { runSteps } from '../src/lib/cli/steps.ts';
import { parsePortFlag } from '../src/lib/cli/values.ts';
import { serverArgs, serverFlags } from '../src/lib/cli/server-flags.ts';

const command = {
  name: 'npm run preview',
  summary: 'serve the built site in dist/ (run npm run build first) at http://localhost:4321/, exactly as it would be published.',
  flags: serverFlags,
  examples: ['npm run build && npm run preview', 'npm run preview -- --port 8080'],
} as const;

await runCommand(command, ({ flags }) => {
  if (flags.port) parsePortFlag('--port', flags.port);
  return runSteps([{ command: 'astro', args: ['preview', ...serverArgs(flags)] }], progress);
});
