import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Every npm script is a proper command: `--help` prints what it does, its flags and an example, exits 0 and
 * does nothing else; an unknown flag exits 2 with the message and the usage line. Each script's command line
 * from package.json runs as npm runs it (`sh -c '<script> <args>'` with node_modules/.bin first on the PATH),
 * without npm's own start-up for each of the ~50 runs; one run goes through npm itself. Should a script
 * ignore --help and start working, the environment makes that harmless and visible: an empty content folder,
 * no token, and an unreachable GitHub.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const lines = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
const scripts = Object.keys(lines);
const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-cli-'));
afterAll(() => fs.rmSync(empty, { recursive: true, force: true }));

/** The ones that change GitHub or push must say so in their help. */
const WRITES_TO_GITHUB = ['polls:open', 'tally', 'commit-results', 'workflows:keepalive'];

const env = {
  ...process.env,
  PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}`,
  CHAPTERHOUSE_CONTENT: empty, GITHUB_TOKEN: '', GITHUB_API_URL: 'http://127.0.0.1:9', GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql',
};

/** `npm run <script> -- <args>` as npm does it: the script's line with the arguments appended, in a shell. */
function npmRun(script: string, args: string[], viaNpm = false): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = viaNpm ? spawn('npm', ['run', '-s', script, '--', ...args], { cwd: ROOT, env }) : spawn('sh', ['-c', `${lines[script]} ${quoted}`], { cwd: ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const nameOf = (script: string) => (script === 'test' ? 'npm test' : `npm run ${script}`);

describe('through npm itself', () => {
  it('passes the arguments after -- to the command: npm run tally -- --help', async () => {
    const { code, stdout, stderr } = await npmRun('tally', ['--help'], true);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.startsWith('npm run tally: ')).toBe(true);
  });
});

describe.concurrent.each(scripts)('npm run %s', (script) => {
  it('--help says what it does, its flags and an example, and does nothing else', async () => {
    const { code, stdout, stderr } = await npmRun(script, ['--help']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith(`${nameOf(script)}: `), stdout).toBe(true);
    expect(stdout).toMatch(/\nUsage: npm /);
    expect(stdout).toMatch(/\n {2}-h, --help {2,}print this help/);
    expect(stdout).toMatch(/\nExamples?:\n {2}.*npm (run [a-z:-]+|test)/);
    const writes = /\nWrites to GitHub or pushes: (.*)/.exec(stdout)?.[1];
    if (WRITES_TO_GITHUB.includes(script)) expect(writes).not.toMatch(/^never/);
    else expect(writes).toBe('never.');
  });

  it('refuses an unknown flag with exit 2, the message and the usage line', async () => {
    const { code, stdout, stderr } = await npmRun(script, ['--no-such-flag']);
    expect(stdout).toBe('');
    expect(stderr).toContain('✖ unknown flag --no-such-flag');
    expect(stderr).toContain(`\nUsage: ${nameOf(script)}`);
    expect(code).toBe(2);
  });
});
