/** `npm run typecheck`: TypeScript over every .ts and .astro file, from a fresh clone. */
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { runSteps } from '../src/lib/cli/steps.ts';

const command = {
  name: 'npm run typecheck',
  summary:
    "type-check every .ts and .astro file with Astro's checker (astro check, on TypeScript). It generates Astro's own " +
    'types first (.astro/), so it needs no prior build.',
  flags: {},
  examples: ['npm run typecheck'],
} as const;

await runCommand(command, () => runSteps([{ command: 'astro', args: ['check', '--minimumSeverity', 'warning'] }], progress));
