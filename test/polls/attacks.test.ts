import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSite } from '../../src/lib/content/load.ts';
import { ChapterhouseError } from '../../src/lib/errors.ts';
import { pollContentProblems } from '../../src/lib/polls/check.ts';
import { digestOf } from '../../src/lib/polls/digest.ts';
import { readPollStates } from '../../src/lib/polls/read-polls.ts';
import { runPollsOpen } from '../../src/lib/polls/run-polls-open.ts';
import { runTally } from '../../src/lib/polls/run-tally.ts';
import { runVerify } from '../../src/lib/polls/run-verify.ts';
import { SUMMARY_MARKER } from '../../src/lib/polls/summary.ts';
import { tallyFromInput } from '../../src/lib/polls/tally.ts';
import { readSnapshot } from '../../src/lib/sync/read-snapshot.ts';
import { runSync } from '../../src/lib/sync/run-sync.ts';
import { FakeGitHubData } from '../fake-github/dataset.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { addRosterAccounts, makeRoot, member, pollYaml, readJson, REPO, rosterYaml } from './helpers.ts';

/**
 * The ten ways issue 13 found to make the decision record say what members did not decide, each played
 * against the fake GitHub with the clock pinned. Every test states what the record must say; on the code
 * before the fix each of them bent it.
 */

const client = { retries: 0, spacingMs: 0 };
const OPENS = '2026-11-01T09:00:00Z';
const CLOSES = '2026-11-15T12:00:00Z';
const DURING = '2026-11-10T00:00:00Z';
let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

interface Scenario {
  data: FakeGitHubData;
  root: string;
  env: Record<string, string>;
  vote(login: string, key: string, at?: string): void;
  syncAt(at: string, full?: boolean): Promise<unknown>;
  tallyAt(at: string, extra?: Partial<Parameters<typeof runTally>[0]>): Promise<Awaited<ReturnType<typeof runTally>>>;
  statuses(): { state: string; description: string | null }[];
  discussion(): ReturnType<FakeGitHubData['discussion']>;
}

/** A poll (deciding proposal #20 unless told otherwise) opened by polls:open at its opening time. */
async function scenario(options: { members?: number; proposal?: boolean } = {}): Promise<Scenario> {
  const n = options.members ?? 10;
  const data = new FakeGitHubData(REPO, OPENS);
  data.addCategory('Polls');
  addRosterAccounts(data, n);
  data.addPullRequest({ number: 20, title: 'Budget', author: 'chair', state: 'OPEN', labels: ['proposal'] });
  fake = await startFakeGitHub(data);
  const root = makeRoot(rosterYaml(n), { budget: pollYaml({ opens: OPENS, closes: CLOSES, ...(options.proposal === false ? {} : { proposal: 20 }) }) });
  const opened = await runPollsOpen({ root, env: fake.env(), now: new Date(OPENS), client });
  expect(opened.failures).toEqual([]);
  const env = fake.env();
  const number = Number(/^discussion: (\d+)/m.exec(fs.readFileSync(path.join(root, 'polls', 'budget.yml'), 'utf8'))![1]);
  const optionId = (key: string) => readJson(path.join(root, 'polls', 'state', 'budget.json')).frozen.optionComments.find((c: { key: string }) => c.key === key).id;
  return {
    data, root, env,
    vote: (login, key, at = DURING) => void data.addReaction(optionId(key), 'THUMBS_UP', login, at),
    syncAt: (at, full = false) => {
      data.now = at;
      return runSync({ root, env, client, full });
    },
    tallyAt: (at, extra = {}) => {
      data.now = at;
      return runTally({ root, env, now: new Date(at), client, ...extra });
    },
    statuses: () => data.statuses.filter((s) => s.context === 'chapterhouse/poll' && s.sha === data.pullRequest(20).headSha),
    discussion: () => data.discussion(number),
  };
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=t@example.org', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Make the content folder a git repository whose main holds it as it is now. */
function commitAsMain(root: string) {
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'The record as the scheduled job left it');
}

describe('1. the gate passes a poll that is not final', () => {
  it('stays pending ("waiting for the count after closing") until a sync that started after closing is counted', async () => {
    const s = await scenario();
    s.vote(member(1), 'yes');
    s.vote(member(2), 'yes');
    await s.syncAt('2026-11-15T11:00:00Z');
    // Three "no" votes arrive after the last sync and before closing at 12:00.
    for (const i of [3, 4, 5]) s.vote(member(i), 'no', '2026-11-15T11:30:00Z');

    // The hourly gate at 12:41, as it ran before this fix: a tally on the 11:00 snapshot.
    await s.tallyAt('2026-11-15T12:41:00Z');
    expect(s.statuses().at(-1)).toMatchObject({ state: 'pending', description: expect.stringContaining('waiting for the count after closing') });
    // The gate job as it runs now: a sync, then the statuses from the committed results only.
    await s.syncAt('2026-11-15T12:41:00Z');
    await s.tallyAt('2026-11-15T12:41:00Z', { gateOnly: true });
    expect(s.statuses().at(-1)?.state).toBe('pending');
    expect(s.statuses().map((x) => x.state)).not.toContain('success');

    // The deploy job counts the same snapshot (taken after closing): final, and the members said no.
    await s.tallyAt('2026-11-15T12:45:00Z');
    expect(readJson(path.join(s.root, 'polls', 'results', 'budget.json'))).toMatchObject({ frozen: true, tally: { outcome: 'decided', winner: 'no' } });
    expect(s.statuses().at(-1)).toMatchObject({ state: 'failure', description: 'Not passed (decided "no"): yes 2, no 3, abstain 0; 5 of 11 voted (quorum 3)' });
  });
});

describe('2. proposal: is not frozen', () => {
  it('a proposal added to a decided poll fails the check and gives no status to that pull request', async () => {
    const s = await scenario({ proposal: false });
    for (const i of [1, 2, 3]) s.vote(member(i), 'yes');
    await s.syncAt('2026-11-16T00:00:00Z');
    await s.tallyAt('2026-11-16T00:00:00Z');
    fs.appendFileSync(path.join(s.root, 'polls', 'budget.yml'), 'proposal: 20\n');

    const problems = pollContentProblems(readSite(s.root), s.root, new Date('2026-11-16T00:00:00Z')).filter((p) => p.level !== 'note');
    expect(problems.map((p) => [path.basename(p.file), p.field, p.message])).toEqual([[
      'budget.yml', 'proposal',
      'the poll opened on 2026-11-01, so its proposal is frozen: it was none, now 20; remove the line (a poll decides only the pull request it opened for; to decide another, open a new poll)',
    ]]);
    await s.tallyAt('2026-11-16T01:00:00Z');
    expect(s.statuses()).toEqual([]);
  });
});

describe('3. deleting the state file undoes the freeze', () => {
  it('is refused by the check (main\'s history), and polls:open will not freeze the poll again at the new head', async () => {
    const s = await scenario();
    for (const i of [1, 2, 3]) s.vote(member(i), 'yes');
    commitAsMain(s.root);
    // The text changes during voting, and someone deletes the state that recorded the head voted on.
    s.data.pullRequest(20).headSha = 'f'.repeat(40);
    fs.rmSync(path.join(s.root, 'polls', 'state', 'budget.json'));

    const problems = pollContentProblems(readSite(s.root), s.root, new Date(DURING)).filter((p) => p.level !== 'note');
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^this poll opened \(commit [0-9a-f]{7}, \d{4}-\d\d-\d\d\) and its state must stay on record: restore it with "git checkout main -- polls\/state\/budget\.json"$/));

    const again = await runPollsOpen({ root: s.root, env: s.env, now: new Date(DURING), client });
    expect(again.opened).toEqual([]);
    expect(again.failures[0]).toMatch(/already witnesses a frozen state for this poll .* but content\/polls\/state\/budget\.json is missing, and freezing now would give .*: a poll is frozen once/);
    expect(fs.existsSync(path.join(s.root, 'polls', 'state', 'budget.json'))).toBe(false);

    await s.syncAt('2026-11-16T00:00:00Z');
    await s.tallyAt('2026-11-16T00:00:00Z');
    expect(s.statuses().map((x) => x.state)).not.toContain('success');
    expect(s.statuses().at(-1)?.state).toBe('failure');
  });
});

describe('4. eligibility is not frozen', () => {
  it('a roster entry added after opening with a backdated since does not vote, and the check says so', async () => {
    const s = await scenario({ members: 4 });
    fs.appendFileSync(path.join(s.root, 'members.yml'), '- { github: sock, chapter: lisbon, since: 2020-01-01 }\n');
    s.data.addActor('sock');
    s.vote('sock', 'yes');
    s.vote(member(1), 'no');
    const notes = pollContentProblems(readSite(s.root), s.root, new Date(DURING)).filter((p) => p.level === 'note' && p.file.endsWith('members.yml'));
    expect(notes.map((n) => `${n.field}: ${n.message}`)).toEqual([
      '[5].github: sock joined the roster after poll "budget" opened (2026-11-01): their vote will not count in it, because who may vote is frozen when voting opens',
    ]);
    await s.syncAt('2026-11-16T00:00:00Z');
    const summary = await s.tallyAt('2026-11-16T00:00:00Z');
    expect(summary.polls[0]).toMatchObject({ eligible: 5, voters: 1, options: [{ key: 'yes', votes: 0 }, { key: 'no', votes: 1 }, { key: 'abstain', votes: 0 }] });
  });
});

describe('4b. the same, merged after the opening time but before polls:open froze the poll', () => {
  it('freezes the roster and the rules as main held them at the opening time', async () => {
    const data = new FakeGitHubData(REPO, OPENS);
    data.addCategory('Polls');
    addRosterAccounts(data, 4);
    data.addActor('sock');
    fake = await startFakeGitHub(data);
    const root = makeRoot(rosterYaml(4), { budget: pollYaml({ opens: OPENS, closes: CLOSES }) });
    const at = (iso: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=t@example.org', ...args], { cwd: root, env: { ...process.env, GIT_COMMITTER_DATE: iso, GIT_AUTHOR_DATE: iso }, stdio: 'pipe' });
    at('2026-10-01T00:00:00Z', 'init', '-q', '-b', 'main');
    at('2026-10-01T00:00:00Z', 'add', '-A');
    at('2026-10-01T00:00:00Z', 'commit', '-qm', 'The poll and the roster');
    // Ten minutes after opening, before the scheduled polls:open: a backdated member and a lower quorum.
    fs.appendFileSync(path.join(root, 'members.yml'), '- { github: sock, chapter: lisbon, since: 2020-01-01 }\n');
    fs.appendFileSync(path.join(root, 'polls', 'budget.yml'), 'quorum: 0.01\n');
    at('2026-11-01T09:10:00Z', 'commit', '-qam', 'Roster and poll edits');

    await runPollsOpen({ root, env: fake.env(), now: new Date('2026-11-01T09:23:00Z'), client });
    const state = readJson(path.join(root, 'polls', 'state', 'budget.json'));
    expect(state.frozen.electorate.map((e: { login: string }) => e.login)).not.toContain('sock');
    expect(state.frozen.rules.quorum).toBe(0.25);
    const problems = pollContentProblems(readSite(root), root, new Date(DURING)).filter((p) => p.level !== 'note');
    expect(problems.map((p) => `${p.field}: ${p.message.split(';')[0]}`)).toEqual(['quorum: the poll opened on 2026-11-01, so its quorum is frozen: it was 0.25, now 0.01']);
  });
});

describe('5. tally --verify only checks that a result agrees with itself', () => {
  async function finalPoll() {
    const s = await scenario({ members: 30 });
    for (const i of [1, 2, 3, 4, 5, 6, 7, 8]) s.vote(member(i), i <= 3 ? 'yes' : 'no');
    await s.syncAt('2026-11-16T00:00:00Z');
    await s.tallyAt('2026-11-16T00:00:00Z');
    expect(readJson(path.join(s.root, 'polls', 'results', 'budget.json'))).toMatchObject({ frozen: true, tally: { winner: 'no' } });
    return s;
  }
  const resultFile = (s: Scenario) => path.join(s.root, 'polls', 'results', 'budget.json');
  const state = (s: Scenario) => readPollStates(s.root).states[0]!;
  const now = new Date('2026-11-17T00:00:00Z');

  it('a result forged with twelve non-members, digests and figures recomputed to match, fails --verify', async () => {
    const s = await finalPoll();
    const forged = readJson(resultFile(s));
    for (let i = 0; i < 12; i++) forged.input.reactions.push({ key: 'yes', user: `outsider-${i}`, userId: 800_000 + i, createdAt: DURING });
    forged.inputDigest = digestOf(forged.input);
    forged.tally = tallyFromInput(state(s), forged.input, 'closed');
    fs.writeFileSync(resultFile(s), `${JSON.stringify(forged, null, 2)}\n`);
    const { problems } = await runVerify({ root: s.root, now });
    expect(problems.map((p) => p.field)).toContain('input.reactions');
    expect(problems.find((p) => p.field === 'input.reactions')!.message).toMatch(/^holds 12 votes that are not in the snapshot in content\/github/);
  });

  it('a result set back to phase "open", or deleted, fails --verify with the file and what to do', async () => {
    const s = await finalPoll();
    const reopened = readJson(resultFile(s));
    reopened.phase = 'open';
    fs.writeFileSync(resultFile(s), JSON.stringify(reopened));
    const reopenedProblems = (await runVerify({ root: s.root, now })).problems;
    expect(reopenedProblems.map((p) => `${p.field}: ${p.message}`)).toContainEqual(expect.stringMatching(/^phase: is "open" but the poll closed on 2026-11-15T12:00:00\.000Z: a closed poll's result never goes back; restore it from git history/));
    fs.rmSync(resultFile(s));
    const { problems } = await runVerify({ root: s.root, now });
    expect(problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/^poll "budget" closed on 2026-11-15T12:00:00\.000Z but has no result file: run "npm run sync" then "npm run tally"/) })]);
  });

  it('a forger who rewrites the snapshot too is caught by the witness on GitHub, and the tally does not launder it', async () => {
    const s = await finalPoll();
    // Snapshot and result rewritten together, consistently: the offline recount cannot tell.
    const snapshotFile = path.join(s.root, 'github', 'discussions', `${s.discussion().number}.json`);
    const thread = readJson(snapshotFile);
    const yes = thread.comments.find((c: { id: string }) => c.id === state(s).frozen.optionComments[0]!.id);
    for (let i = 9; i <= 20; i++) yes.reactions.push({ content: 'THUMBS_UP', user: member(i), userId: s.data.actor(member(i))!.databaseId, createdAt: DURING });
    fs.writeFileSync(snapshotFile, `${JSON.stringify(thread, null, 2)}\n`);
    const forged = readJson(resultFile(s));
    for (let i = 9; i <= 20; i++) forged.input.reactions.push({ key: 'yes', user: member(i), userId: s.data.actor(member(i))!.databaseId, createdAt: DURING });
    forged.input.reactions.sort((a: { createdAt: string; key: string; userId: number }, b: typeof a) => a.createdAt.localeCompare(b.createdAt) || a.key.localeCompare(b.key) || a.userId - b.userId);
    forged.inputDigest = digestOf(forged.input);
    forged.tally = tallyFromInput(state(s), forged.input, 'closed');
    fs.writeFileSync(resultFile(s), `${JSON.stringify(forged, null, 2)}\n`);
    expect(forged.tally.winner).toBe('yes');

    const witnessed = await runVerify({ root: s.root, now, github: true, env: s.env, client });
    expect(witnessed.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([`inputDigest: is ${forged.inputDigest.slice(0, 19)} but the final count witnessed on GitHub is ${witnessed.problems[0]!.message.match(/witnessed on GitHub is (sha256:[0-9a-f]{12})/)?.[1]}: restore the file from git history`]);

    const summary = s.discussion().comments.find((c) => c.body.includes(SUMMARY_MARKER))!;
    const before = summary.body;
    const tally = await s.tallyAt('2026-11-17T00:00:00Z');
    expect(tally.failures[0]).toMatch(/budget\.json: inputDigest: the summary comment in #\d+ witnesses a final count with digest .* but the committed result has /);
    expect(summary.body).toBe(before);
    expect(s.statuses().at(-1)).toMatchObject({ state: 'failure' });
  });
});

describe('6. a discussion deleted between two of its comment pages', () => {
  it('is recorded as deleted, not saved with its first 30 of 81 comments', async () => {
    const data = new FakeGitHubData(REPO, '2026-11-26T12:00:00Z');
    data.addCategory('Comments');
    const d = data.addDiscussion({ title: 'en/documents/program/', author: 'giscus', category: 'Comments', createdAt: '2026-10-01T00:00:00Z' });
    for (let i = 0; i < 81; i++) data.addComment(d.number, { author: 'ines-duarte', body: `comment ${i}`, createdAt: new Date(Date.parse('2026-10-01T01:00:00Z') + i * 60_000).toISOString() });
    fake = await startFakeGitHub(data);
    const root = makeRoot(rosterYaml(1), {});
    await runSync({ root, env: fake.env(), client });
    data.now = '2026-11-26T13:00:00Z';
    data.addComment(d.number, { author: 'kenji-arai', body: 'one more' });
    fake.intercept((r) => r.operation === 'DiscussionsById' && r.variables.commentsAfter !== null, () => data.deleteDiscussion(d.number));
    await runSync({ root, env: fake.env(), client });
    expect(readSnapshot(root).discussions).toEqual([expect.objectContaining({ number: d.number, comments: [], deletedAt: '2026-11-26T13:00:00Z' })]);
  });
});

describe('7. one poll that names a missing discussion or pull request stops every poll', () => {
  it('stops only itself, with its file, the number and the fix; every other poll opens and is counted', async () => {
    const data = new FakeGitHubData(REPO, OPENS);
    data.addCategory('Polls');
    addRosterAccounts(data, 4);
    fake = await startFakeGitHub(data);
    const window = { opens: OPENS, closes: CLOSES };
    const root = makeRoot(rosterYaml(4), {
      'a-good': pollYaml(window),
      'b-no-discussion': pollYaml({ ...window, discussion: 9999 }),
      'c-no-proposal': pollYaml({ ...window, proposal: 9999 }),
      'd-upcoming': pollYaml({ opens: '2027-01-01T00:00:00Z', closes: '2027-01-10T00:00:00Z', proposal: 9998 }),
    });
    const opened = await runPollsOpen({ root, env: fake.env(), now: new Date(OPENS), client });
    expect(opened.opened).toEqual(['a-good']);
    expect(opened.failures).toHaveLength(2);
    expect(opened.failures[0]).toMatch(/b-no-discussion\.yml:10: discussion: discussion #9999 does not exist in tidewater-commons\/chapterhouse: fix "discussion:" in .*b-no-discussion\.yml, or remove the line to let polls:open create one\. Nothing was done for this poll\.$/);
    expect(opened.failures[1]).toMatch(/c-no-proposal\.yml:10: proposal: pull request #9999 does not exist in tidewater-commons\/chapterhouse: fix "proposal:" in .*c-no-proposal\.yml\. Nothing was done for this poll\.$/);
    expect(opened.failures.join('\n')).not.toContain('has no repository');

    data.now = '2026-11-16T00:00:00Z';
    await runSync({ root, env: fake.env(), client });
    const tally = await runTally({ root, env: fake.env(), now: new Date(data.now), client });
    expect(tally.polls.map((p) => p.id)).toEqual(['a-good']);
    expect(fs.existsSync(path.join(root, 'polls', 'results', 'a-good.json'))).toBe(true);
    // The gate cannot be set for the two polls whose pull request does not exist; each says so, by file.
    expect(tally.failures).toEqual([
      expect.stringMatching(/c-no-proposal\.yml:10: proposal: pull request #9999 does not exist in tidewater-commons\/chapterhouse: fix "proposal:" in .*c-no-proposal\.yml$/),
      expect.stringMatching(/d-upcoming\.yml:10: proposal: pull request #9998 does not exist in tidewater-commons\/chapterhouse: fix "proposal:" in .*d-upcoming\.yml$/),
    ]);
  });
});

describe('8. a results commit whose replay conflicts loses the discussion: line, and a second discussion is opened', () => {
  it('polls:open finds the discussion it created (by the hidden marker) and adopts it instead', async () => {
    const data = new FakeGitHubData(REPO, OPENS);
    data.addCategory('Polls');
    addRosterAccounts(data, 3);
    fake = await startFakeGitHub(data);
    const poll = pollYaml({ opens: OPENS, closes: CLOSES });
    const root = makeRoot(rosterYaml(3), { budget: poll });
    await runPollsOpen({ root, env: fake.env(), now: new Date(OPENS), client });
    const first = data.discussions[0]!;
    // Neither the discussion line nor the state reached main (the commit failed); members vote meanwhile.
    fs.writeFileSync(path.join(root, 'polls', 'budget.yml'), poll);
    fs.rmSync(path.join(root, 'polls', 'state'), { recursive: true });
    data.addReaction(first.comments[0]!.id, 'THUMBS_UP', member(1), '2026-11-01T10:00:00Z');

    data.now = '2026-11-01T10:23:00Z';
    const again = await runPollsOpen({ root, env: fake.env(), now: new Date(data.now), client });
    expect(again).toEqual({ opened: ['budget'], prepared: [], failures: [] });
    expect(data.discussions).toHaveLength(1);
    expect(fs.readFileSync(path.join(root, 'polls', 'budget.yml'), 'utf8')).toMatch(new RegExp(`\\ndiscussion: ${first.number} # created by polls:open\\n$`));
    expect(readJson(path.join(root, 'polls', 'state', 'budget.json')).frozen.optionComments.map((c: { id: string }) => c.id)).toEqual(first.comments.slice(0, 3).map((c) => c.id));
    // The commit itself: test/workflows/commit-results.test.ts replays it over a member's edit of the same file.
  });

  it('never adopts a look-alike discussion a member created with the marker', async () => {
    const data = new FakeGitHubData(REPO, OPENS);
    data.addCategory('Polls');
    addRosterAccounts(data, 3);
    data.addDiscussion({ title: 'Poll: Adopt the budget', body: '<!-- chapterhouse-poll: budget -->', author: member(1), category: 'Polls' });
    fake = await startFakeGitHub(data);
    const root = makeRoot(rosterYaml(3), { budget: pollYaml({ opens: OPENS, closes: CLOSES }) });
    await runPollsOpen({ root, env: fake.env(), now: new Date(OPENS), client });
    expect(data.discussions.map((d) => d.author)).toEqual([member(1), 'github-actions']);
  });
});

describe('9. members are identified by login', () => {
  it('a member who renames keeps their vote, and whoever registers the freed login does not vote as them', async () => {
    const s = await scenario({ members: 3 });
    const alice = s.data.actor(member(1))!;
    s.data.renameAccount(member(1), 'alice-renamed');
    s.data.addActor(member(1)); // someone else takes the freed login
    expect(s.data.actor(member(1))!.databaseId).not.toBe(alice.databaseId);
    s.vote(member(1), 'yes');
    s.vote('alice-renamed', 'no');
    await s.syncAt('2026-11-16T00:00:00Z');
    const summary = await s.tallyAt('2026-11-16T00:00:00Z');
    const result = readJson(path.join(s.root, 'polls', 'results', 'budget.json'));
    expect(summary.polls[0]).toMatchObject({ voters: 1, options: [{ key: 'yes', votes: 0 }, { key: 'no', votes: 1 }, { key: 'abstain', votes: 0 }] });
    // Shown under the roster's name: the account, not the login, is the member.
    expect(result.tally.options[1].voters).toEqual([member(1)]);
  });

  it('a login taken over before a poll opens gets no vote in it: the account recorded for it was renamed', async () => {
    const data = new FakeGitHubData(REPO, '2026-10-01T00:00:00Z');
    data.addCategory('Polls');
    addRosterAccounts(data, 3);
    fake = await startFakeGitHub(data);
    const root = makeRoot(rosterYaml(3), { budget: pollYaml({ opens: OPENS, closes: CLOSES }) });
    await runSync({ root, env: fake.env(), client });
    data.renameAccount(member(2), 'bob-renamed');
    const mallory = data.addActor(member(2));
    data.now = OPENS;
    await runPollsOpen({ root, env: fake.env(), now: new Date(OPENS), client });
    const electorate = readJson(path.join(root, 'polls', 'state', 'budget.json')).frozen.electorate;
    expect(electorate.find((e: { login: string }) => e.login === member(2))).toEqual({ login: member(2), id: null, chapter: 'lisbon' });
    expect(electorate.map((e: { id: number | null }) => e.id)).not.toContain(mallory.databaseId);
  });
});

describe('10. messages claim "Nothing was changed." after partial work', () => {
  it('polls:open says what it created before failing, and how to finish', async () => {
    const data = new FakeGitHubData(REPO, OPENS);
    data.addCategory('Polls');
    addRosterAccounts(data, 3);
    fake = await startFakeGitHub(data);
    const root = makeRoot(rosterYaml(3), { budget: pollYaml({ opens: OPENS, closes: CLOSES }) });
    let posted = 0;
    // GitHub fails from the third option comment on.
    fake.intercept((r) => r.operation === 'AddPollComment' && ++posted === 2, () => fake!.failNext({ status: 502, body: JSON.stringify({ message: 'Server Error' }) }, 5));
    const error = await runPollsOpen({ root, env: fake.env(), now: new Date(OPENS), client }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ChapterhouseError);
    const message = (error as ChapterhouseError).message;
    expect(message).not.toContain('Nothing was changed');
    expect(message).toMatch(/Done for this poll before that: created discussion #\d+, wrote "discussion: \d+" into .*budget\.yml and posted 2 of 3 option comments; run "npm run polls:open" again to finish/);
  });

  it('tally says which files it wrote and what it published before failing', async () => {
    const s = await scenario({ members: 3 });
    s.vote(member(1), 'yes');
    await s.syncAt('2026-11-16T00:00:00Z');
    // GitHub fails right after the summary comment was updated (the statuses come next).
    fake!.intercept((r) => r.operation === 'UpdatePollComment', () => fake!.failNext({ status: 502, body: JSON.stringify({ message: 'Server Error' }) }, 5));
    const error = await s.tallyAt('2026-11-16T00:00:00Z').then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ChapterhouseError);
    const message = (error as ChapterhouseError).message;
    expect(message).not.toContain('Nothing was changed');
    expect(message).toMatch(/Done before the failure: updated the summary comment of budget and wrote .*budget\.json\. Run "npm run tally" again/);
  });
});
