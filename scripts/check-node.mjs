// Plain JavaScript on purpose: this must run, and explain itself, on the old Node it rejects
// (Node 20 cannot load TypeScript files).
// Astro 7 and vitest 5 need Node 22.12 or newer; older Nodes fail later with baffling errors.
export const MINIMUM_NODE = [22, 12];

/** @param {string} version */
export function nodeVersionProblem(version = process.versions.node) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [needMajor, needMinor] = MINIMUM_NODE;
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return null;
  return (
    `Chapterhouse needs Node ${needMajor}.${needMinor} or newer, but this is Node ${version}.\n` +
    `Run it through npm (npm run build, npm test): the "node" devDependency puts a current Node first on the PATH.\n` +
    `If that still shows an old Node, run "npm install" again and check that package.json's allowScripts approves "node".`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problem = nodeVersionProblem();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
