import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prettyJson } from '../../src/lib/polls/digest.ts';
import { openedState } from '../../src/lib/polls/open-plan.ts';
import { appendOnlyCheck } from '../../src/lib/polls/record-history.ts';

/**
 * The decision record is append-only against main's history, but the demo's record is not the organization's:
 * what main held before `npm run init` removed content/demo.yml binds nothing, and what the organization
 * recorded after it binds as ever. A real git repository in a temp folder.
 */
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const RULES = { type: 'single' as const, options: ['yes', 'no'], opens: '2026-01-01T00:00:00.000Z', closes: '2026-01-08T00:00:00.000Z', quorum: 0.25, threshold: 'simple-majority' as const, discussion: 7 };
const state = (id: string) => prettyJson(openedState(id, new Date(RULES.opens), { rules: RULES, proposal: null, optionComments: [], electorate: [] }));

function repository() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-demo-era-'));
  dirs.push(dir);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  const commit = (files: Record<string, string | null>, message: string) => {
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(dir, name);
      if (text === null) fs.rmSync(file, { force: true });
      else {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, text);
      }
    }
    git('add', '-A');
    git('commit', '-q', '-m', message);
  };
  git('init', '-q');
  // The demo, with a poll it opened.
  commit({ 'content/demo.yml': 'clock: 2026-11-26T12:00:00Z\n', 'content/polls/state/demo-poll.json': state('demo-poll') }, 'The demo');
  return { dir, content: path.join(dir, 'content'), commit };
}

describe('the append-only check and the demo', () => {
  it('binds the demo while the demo is here', () => {
    const { content } = repository();
    fs.rmSync(path.join(content, 'polls/state/demo-poll.json'));
    expect(appendOnlyCheck(content, 'main').map((p) => p.message)).toEqual([expect.stringMatching(/^this poll opened \(commit [0-9a-f]{7}, [\d-]+\) and its state must stay on record/)]);
  });

  it('lets init remove the demo\'s record, before and after the removal is committed', () => {
    const { content, commit } = repository();
    fs.rmSync(content, { recursive: true });
    expect(appendOnlyCheck(content, 'main')).toEqual([]);
    commit({ 'content/site.yml': 'name: Ours\n' }, 'Start our organization');
    expect(appendOnlyCheck(content, 'main')).toEqual([]);
  });

  it('binds the organization\'s own record after init, and refuses the demo\'s file coming back', () => {
    const { dir, content, commit } = repository();
    commit({ 'content/demo.yml': null, 'content/polls/state/demo-poll.json': null }, 'Start our organization');
    commit({ 'content/polls/state/budget.json': state('budget') }, 'Our first poll opened');
    fs.rmSync(path.join(content, 'polls/state/budget.json'));
    expect(appendOnlyCheck(content, 'main').map((p) => p.file)).toEqual([path.relative(process.cwd(), path.join(dir, 'content/polls/state/budget.json'))]);
    fs.writeFileSync(path.join(content, 'demo.yml'), 'clock: 2026-11-26T12:00:00Z\n');
    expect(appendOnlyCheck(content, 'main').map((p) => p.message)).toEqual([expect.stringMatching(/^this organization replaced the demo \(commit [0-9a-f]{7} removed this file\), and the file would put the site and the tally on the demo's clock: delete it$/)]);
  });
});
