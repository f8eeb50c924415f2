// Plain JavaScript on purpose: this must run, and explain itself, on the old Node it rejects
// (Node 20 cannot load TypeScript files, so it cannot use src/lib/cli/ either; it parses its flags the same way).
import fs from 'node:fs';
import { parseArgs } from 'node:util';

const PACKAGE_JSON = new URL('../package.json', import.meta.url);

/**
 * The oldest Node Chapterhouse runs on, read from the one place it is written: `engines.node` in package.json.
 * @returns {[number, number]}
 */
export function minimumNode(packageJson = JSON.parse(fs.readFileSync(PACKAGE_JSON, 'utf8'))) {
  const match = /^>=\s*(\d+)\.(\d+)/.exec(packageJson.engines?.node ?? '');
  if (!match) throw new Error('package.json needs "engines": { "node": ">=MAJOR.MINOR.0" }');
  return [Number(match[1]), Number(match[2])];
}

/** @param {string} version */
export function nodeVersionProblem(version = process.versions.node, [needMajor, needMinor] = minimumNode()) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return null;
  return (
    `Chapterhouse needs Node ${needMajor}.${needMinor} or newer, but this is Node ${version}.\n` +
    `Run it through npm (npm run build, npm test): the "node" devDependency puts a current Node first on the PATH.\n` +
    `If that still shows an old Node, run "npm install" again and check that package.json's allowScripts approves "node".`
  );
}

const HELP = `npm run check-node: check that the Node running npm scripts is new enough for Chapterhouse
(Astro 7, vitest 5, and TypeScript scripts run by Node's own type stripping). Exits 1 with the fix when it is not.

Usage: npm run check-node

Options:
  -h, --help  print this help and exit, doing nothing else

Writes to GitHub or pushes: never.

Example:
  npm run check-node
`;

if (import.meta.url === `file://${process.argv[1]}`) {
  let help = false;
  try {
    help = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }).values.help === true;
  } catch (e) {
    const error = /** @type {Error & { code?: string }} */ (e);
    const what = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `unknown flag ${/'(-[^' ]+)/.exec(error.message)?.[1]}` : error.message;
    console.error(`✖ ${what}\nUsage: npm run check-node\n  → run "npm run check-node -- --help" for the flags and an example`);
    process.exit(2);
  }
  if (help) {
    process.stdout.write(HELP);
  } else {
    const problem = nodeVersionProblem();
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
  }
}
