import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSite } from '../../src/lib/content/load.ts';
import { digestOf, prettyJson } from '../../src/lib/polls/digest.ts';
import { openedState } from '../../src/lib/polls/open-plan.ts';
import { readPolls } from '../../src/lib/polls/read-polls.ts';
import { rulesOf } from '../../src/lib/polls/rules.ts';
import { makeMiniOrg } from '../fixtures/mini-org.ts';

/**
 * One root cause, one error: a data file that cannot be read is reported once, with its line, and
 * nothing that refers to it is reported as wrong because of it. Through the real `npm run check`, on an
 * organization with enough references (posts by several authors, members and posts in each chapter)
 * that a cascade would show.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

const post = (name: string, authors: string, scope: string) =>
  [`en/blog/${name}.mdx`, `---\ntitle: ${name}\ndate: 2024-03-01\nauthors: [${authors}]\nsummary: S.\nscope: ${scope}\n---\n\nText.\n`] as const;
const WELL_REFERENCED: Record<string, string> = Object.fromEntries([
  post('one', 'ada, bo-chen', 'lisbon'),
  post('two', 'bo-chen', 'osaka'),
  post('three', 'ada', 'JP'),
  ['es/ui.yml', 'nav.home: Inicio\n'],
  ['en/ui.yml', 'nav.home: Home\n'],
  ['polls/budget.yml', 'title: Budget\nquestion: Adopt it?\ntype: single\noptions: [{ key: yes, label: Yes }, { key: no, label: No }]\nopens: 2024-01-01T00:00:00Z\ncloses: 2024-01-08T00:00:00Z\ndiscussion: 7\n'],
]);

function check(overrides: Record<string, string>) {
  const root = makeMiniOrg({ ...WELL_REFERENCED, ...overrides });
  roots.push(root);
  const result = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: ROOT, env: { ...process.env, CHAPTERHOUSE_CONTENT: root }, encoding: 'utf8' });
  const prefix = `${path.relative(ROOT, root)}/`;
  // Notes inform without failing (a poll never opened, a folder outside git): only errors are in question here.
  const lines = result.stderr.split(prefix).join('').trimEnd().split('\n').filter((l) => !/^\S+: (\S+: )?note: /.test(l));
  return { status: result.status, lines };
}

describe('a data file that cannot be read', () => {
  it('the organization is valid as it stands, so every error below comes from the one broken file', () => {
    expect(check({})).toEqual({ status: 0, lines: [expect.stringMatching(/^✓ content is fine/)] });
  });

  it('members.yml: one bad line is the only error, not one per post author', () => {
    const roster = '- { github: ada, chapter: lisbon, since: 2024-01-01 }\n- github: [bo-chen\n  chapter: osaka\n';
    expect(check({ 'members.yml': roster }).lines).toEqual([
      expect.stringMatching(/^members\.yml:\d+: not valid YAML \(\w+\): check quotes and indentation near this line$/),
      '✖ 1 problem in 1 file: fix them and run "npm run check" again',
    ]);
  });

  it('members.yml: an entry that breaks the schema is its own error, and authors are not judged against half a roster', () => {
    const roster = '- { github: ada, chapter: lisbon, since: 2024-01-01 }\n- { github: bo-chen, chapter: osaka, since: soon }\n';
    const { lines } = check({ 'members.yml': roster });
    expect(lines.filter((l) => !l.startsWith('✖'))).toEqual(['members.yml:2: [1].since: write a date as YYYY-MM-DD, for example 2024-03-01']);
  });

  it('a chapter file: members and posts naming that chapter, or its country, are not reported', () => {
    expect(check({ 'chapters/osaka.yml': 'name: Osaka\ncity: [Osaka\n' }).lines).toEqual([
      expect.stringMatching(/^chapters\/osaka\.yml:\d+: not valid YAML/),
      '✖ 1 problem in 1 file: fix them and run "npm run check" again',
    ]);
  });

  it("the default language's ui.yml: other languages' strings are not reported as unknown keys", () => {
    expect(check({ 'en/ui.yml': 'nav.home: [Home\n' }).lines).toEqual([
      expect.stringMatching(/^en\/ui\.yml:\d+: not valid YAML/),
      '✖ 1 problem in 1 file: fix them and run "npm run check" again',
    ]);
  });

  it('a poll file of an opened poll: it is not reported as removed', () => {
    // The state polls:open would have written, made by the code that writes it.
    const org = makeMiniOrg(WELL_REFERENCED);
    roots.push(org);
    const [budget] = readPolls(org).polls;
    const rules = rulesOf(budget!.data, readSite(org).polls);
    const state = { 'polls/state/budget.json': prettyJson(openedState('budget', new Date('2024-01-01T00:00:00Z'), { rules, proposal: null, optionComments: [], electorate: [] })) };
    expect(digestOf(rules)).toMatch(/^sha256:/);
    expect(check(state).status).toBe(0);
    expect(check({ ...state, 'polls/budget.yml': 'title: [Budget\n' }).lines).toEqual([
      expect.stringMatching(/^polls\/budget\.yml:\d+: not valid YAML/),
      '✖ 1 problem in 1 file: fix them and run "npm run check" again',
    ]);
  });
});
