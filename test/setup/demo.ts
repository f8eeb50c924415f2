import { isDemoPresent } from '../../src/lib/content/demo.ts';

/** Said once per run, when vitest.config.ts leaves the demo's own tests out. */
export default function setup() {
  if (isDemoPresent()) return;
  process.stderr.write(
    '\nSkipping test/demo/: those tests check the demo organization\'s data, and this repository holds an organization of its own ' +
      '(content/demo.yml is gone, as "npm run init" leaves it). Every engine test still runs.\n\n',
  );
}
