/** `npm run dev`: Astro's dev server, with live reload of pages and of the organization's data files. */
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { runSteps } from '../src/lib/cli/steps.ts';
import { parsePortFlag } from '../src/lib/cli/values.ts';
import { serverFlags, serverArgs } from '../src/lib/cli/server-flags.ts';

const command = {
  name: 'npm run dev',
  summary:
    'serve the site at http://localhost:4321/ while you edit: pages, interface strings (content/<lang>/ui.yml), glossaries, ' +
    'chapters and the roster show on the next page load; an edit to content/site.yml restarts the server, as it can change every route.',
  flags: serverFlags,
  examples: ['npm run dev', 'npm run dev -- --port 3000 --host'],
} as const;

await runCommand(command, ({ flags }) => {
  if (flags.port) parsePortFlag('--port', flags.port);
  return runSteps([{ command: 'astro', args: ['dev', ...serverArgs(flags)] }], progress);
});
