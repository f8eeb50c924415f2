import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSite } from '../../src/lib/content/load.ts';
import { pollContentProblems } from '../../src/lib/polls/check.ts';
import { digestOf } from '../../src/lib/polls/digest.ts';
import { markerKey } from '../../src/lib/polls/option-comments.ts';
import { runPollsOpen } from '../../src/lib/polls/run-polls-open.ts';
import { runTally } from '../../src/lib/polls/run-tally.ts';
import { runVerify } from '../../src/lib/polls/run-verify.ts';
import { readWitness, SUMMARY_MARKER } from '../../src/lib/polls/summary.ts';
import { runSync } from '../../src/lib/sync/run-sync.ts';
import { FakeGitHubData } from '../fake-github/dataset.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { makeRoot, readJson, REPO } from './helpers.ts';

/**
 * Scoped polls, the double majority and options members add, end to end: polls:open, members reacting on the
 * fake GitHub (which answers against GitHub's real schema), the sync, the tally and the recount, with the
 * clock pinned. Each test states what the record must say at an edge the rules name.
 */

const client = { retries: 0, spacingMs: 0 };
let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const CHAPTERS: Record<string, string> = { lisbon: 'PT', porto: 'PT', osaka: 'JP', bristol: 'GB' };
/** Members per chapter: lisbon1…lisbon5, porto1…porto3, osaka1…osaka3, bristol1…bristol3, and a maintainer per chapter. */
const SIZES: Record<string, number> = { lisbon: 5, porto: 3, osaka: 3, bristol: 3 };

function roster(): string {
  const lines: string[] = [];
  for (const [chapter, n] of Object.entries(SIZES)) {
    lines.push(`- { github: ${chapter}-chair, chapter: ${chapter}, since: 2020-01-01, role: maintainer }`);
    for (let i = 1; i <= n; i++) lines.push(`- { github: ${chapter}${i}, chapter: ${chapter}, since: 2020-01-01 }`);
  }
  return `${lines.join('\n')}\n`;
}

function organization(polls: Record<string, string>): string {
  const root = makeRoot(roster(), polls);
  fs.mkdirSync(path.join(root, 'chapters'));
  for (const [id, country] of Object.entries(CHAPTERS)) {
    fs.writeFileSync(path.join(root, 'chapters', `${id}.yml`), `name: ${id}\ncity: ${id}\ncountry: ${country}\nstatus: active\nfounded: 2020-01-01\ncadence: Monthly\ncontact: https://example.org/${id}\n`);
  }
  return root;
}

function dataset(now: string): FakeGitHubData {
  const data = new FakeGitHubData(REPO, now);
  data.addCategory('Polls');
  for (const [chapter, n] of Object.entries(SIZES)) {
    data.addActor(`${chapter}-chair`);
    for (let i = 1; i <= n; i++) data.addActor(`${chapter}${i}`);
  }
  data.addActor('visitor-1');
  data.addActor('visitor-2');
  return data;
}

const poll = (lines: string[]) => ['title: A poll', 'question: Which?', 'type: single', ...lines, ''].join('\n');
const state = (root: string, id: string) => readJson(path.join(root, 'polls', 'state', `${id}.json`));
const result = (root: string, id: string) => readJson(path.join(root, 'polls', 'results', `${id}.json`));
const discussionOf = (root: string, id: string) => Number(/^discussion: (\d+)/m.exec(fs.readFileSync(path.join(root, 'polls', `${id}.yml`), 'utf8'))![1]);

async function openAt(root: string, at: string) {
  fake!.data.now = at;
  const r = await runPollsOpen({ root, env: fake!.env(), now: new Date(at), client });
  expect(r.failures).toEqual([]);
  return r;
}
async function countAt(root: string, at: string) {
  fake!.data.now = at;
  await runSync({ root, env: fake!.env(), client });
  const summary = await runTally({ root, env: fake!.env(), now: new Date(at), client });
  expect(summary.failures).toEqual([]);
  return summary;
}
function voteFn(root: string, id: string) {
  return (login: string, key: string, at: string) => {
    const ref = state(root, id).frozen.optionComments.find((c: { key: string }) => c.key === key);
    fake!.data.addReaction(ref.id, 'THUMBS_UP', login, at);
  };
}

describe('a poll of one chapter', () => {
  const OPENS = '2026-11-02T09:00:00Z';
  const CLOSES = '2026-11-09T09:00:00Z';

  it('freezes the scope and that chapter\'s members; only their 👍 count, and only its maintainers\' option comments', async () => {
    const data = dataset(OPENS);
    // Before the poll opens, Osaka's maintainer and Lisbon's both prepare an option comment in its discussion.
    const d = data.addDiscussion({ title: 'Lisbon: clean-up day', author: 'lisbon-chair', category: 'Polls', createdAt: '2026-11-01T00:00:00Z' });
    const fromOsaka = data.addComment(d.number, { author: 'osaka-chair', body: 'Saturday\n<!-- poll-option: saturday -->', createdAt: '2026-11-01T01:00:00Z' });
    const fromLisbon = data.addComment(d.number, { author: 'lisbon-chair', body: 'Sunday\n<!-- poll-option: sunday -->', createdAt: '2026-11-01T02:00:00Z' });
    fake = await startFakeGitHub(data);
    const root = organization({
      'cleanup-day': poll(['options:', '  - { key: saturday, label: Saturday }', '  - { key: sunday, label: Sunday }', `opens: ${OPENS}`, `closes: ${CLOSES}`, `discussion: ${d.number}`, 'scope: { chapter: lisbon }']),
    });
    await openAt(root, OPENS);
    const frozen = state(root, 'cleanup-day').frozen;
    expect(frozen.rules.scope).toEqual({ chapter: 'lisbon' });
    expect(frozen.electorate.map((e: { login: string; chapter: string }) => `${e.login}@${e.chapter}`)).toEqual(['lisbon-chair@lisbon', 'lisbon1@lisbon', 'lisbon2@lisbon', 'lisbon3@lisbon', 'lisbon4@lisbon', 'lisbon5@lisbon']);
    // Lisbon's maintainer's comment is a ballot box; Osaka's is not (the bot posted its own).
    const boxes = frozen.optionComments.map((c: { key: string; id: string; author: string }) => [c.key, c.author]);
    expect(boxes).toEqual([['saturday', 'github-actions'], ['sunday', 'lisbon-chair']]);
    expect(frozen.optionComments.map((c: { id: string }) => c.id)).not.toContain(fromOsaka.id);
    expect(frozen.optionComments[1].id).toBe(fromLisbon.id);

    const vote = voteFn(root, 'cleanup-day');
    for (const m of ['lisbon1', 'lisbon2']) vote(m, 'saturday', '2026-11-03T10:00:00Z');
    vote('lisbon3', 'sunday', '2026-11-03T10:00:00Z');
    // Members of other chapters, a Portuguese one included, and a visitor: none of them votes in Lisbon's poll.
    for (const m of ['porto1', 'porto2', 'osaka1', 'bristol1', 'visitor-1']) vote(m, 'sunday', '2026-11-03T11:00:00Z');
    const summary = await countAt(root, '2026-11-09T10:00:00Z');
    expect(summary.polls[0]).toMatchObject({ id: 'cleanup-day', outcome: 'decided', winner: 'saturday', eligible: 6, voters: 3, options: [{ key: 'saturday', votes: 2 }, { key: 'sunday', votes: 1 }] });
    expect(result(root, 'cleanup-day').rules.scope).toEqual({ chapter: 'lisbon' });
    // The witness says who voted; the recount agrees.
    expect(data.discussion(d.number).comments.find((c) => c.body.includes(SUMMARY_MARKER))!.body).toContain('Who votes: the members of chapter lisbon.');
    expect((await runVerify({ root, now: new Date('2026-11-09T10:00:00Z') })).problems).toEqual([]);
  });

  it('a scope cannot be changed once the poll opened: the check names the line and what to put back', async () => {
    fake = await startFakeGitHub(dataset(OPENS));
    const text = poll(['options:', '  - { key: saturday, label: Saturday }', '  - { key: sunday, label: Sunday }', `opens: ${OPENS}`, `closes: ${CLOSES}`, 'scope: { chapter: lisbon }']);
    const root = organization({ 'cleanup-day': text });
    await openAt(root, OPENS);
    const file = path.join(root, 'polls', 'cleanup-day.yml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('scope: { chapter: lisbon }', 'scope: { country: PT }'));
    const problems = pollContentProblems(readSite(root), root, new Date('2026-11-03T00:00:00Z')).filter((p) => p.level !== 'note');
    expect(problems).toEqual([expect.objectContaining({
      field: 'scope', line: 9,
      message: 'the poll opened on 2026-11-02, so its scope (who votes) is frozen: it was { chapter: lisbon }, now { country: PT }; put back { chapter: lisbon } (to change the rules, close this poll and open a new one)',
    })]);
  });

  it('a poll of a country asks the members of each chapter in it', async () => {
    fake = await startFakeGitHub(dataset(OPENS));
    const root = organization({ coast: poll(['options:', '  - { key: a, label: A }', '  - { key: b, label: B }', `opens: ${OPENS}`, `closes: ${CLOSES}`, 'scope: { country: PT }']) });
    await openAt(root, OPENS);
    const chapters = state(root, 'coast').frozen.electorate.map((e: { chapter: string }) => e.chapter);
    expect([...new Set(chapters)].sort()).toEqual(['lisbon', 'porto']);
    expect(chapters).toHaveLength(10);
  });

  it('a poll naming a chapter that does not exist opens nothing and says which line to fix', async () => {
    fake = await startFakeGitHub(dataset(OPENS));
    const root = organization({ atlantis: poll(['options:', '  - { key: a, label: A }', '  - { key: b, label: B }', `opens: ${OPENS}`, `closes: ${CLOSES}`, 'scope: { chapter: atlantis }']) });
    const r = await runPollsOpen({ root, env: fake.env(), now: new Date(OPENS), client });
    expect(r.failures).toEqual([expect.stringMatching(/atlantis\.yml:9: scope\.chapter: there is no chapter "atlantis": use the name of a file in content\/chapters\/ without \.yml \(bristol, lisbon, osaka, porto\)\. Nothing was done for this poll\.$/)]);
    expect(fake.data.discussions).toEqual([]);
  });
});

describe('a double-majority poll', () => {
  const OPENS = '2026-11-02T09:00:00Z';
  const CLOSES = '2026-11-12T09:00:00Z';
  const text = poll([
    'options:', '  - { key: harbours, label: Plastic-free harbours }', '  - { key: eelgrass, label: Replant eelgrass }', '  - { key: abstain, label: Abstain }',
    `opens: ${OPENS}`, `closes: ${CLOSES}`, 'threshold: double-majority', 'quorum: 0.25',
  ]);

  it('counts each chapter as frozen at opening: ties, a chapter that only abstains, and a member who moved', async () => {
    fake = await startFakeGitHub(dataset(OPENS));
    const root = organization({ campaign: text });
    await openAt(root, OPENS);
    const vote = voteFn(root, 'campaign');
    const at = '2026-11-05T12:00:00Z';
    // Lisbon: 4–0 for harbours. Porto: 1–1, a tie. Osaka: 2–1 for eelgrass. Bristol: only abstentions.
    for (const m of ['lisbon1', 'lisbon2', 'lisbon3', 'lisbon4']) vote(m, 'harbours', at);
    vote('porto1', 'harbours', at);
    vote('porto2', 'eelgrass', at);
    for (const m of ['osaka1', 'osaka2']) vote(m, 'eelgrass', at);
    vote('osaka3', 'harbours', at);
    for (const m of ['bristol1', 'bristol2']) vote(m, 'abstain', at);
    // osaka1 moves to Lisbon while the vote runs: the roster changes, their ballot stays in Osaka.
    const members = path.join(root, 'members.yml');
    fs.writeFileSync(members, fs.readFileSync(members, 'utf8').replace('{ github: osaka1, chapter: osaka', '{ github: osaka1, chapter: lisbon'));

    const summary = await countAt(root, '2026-11-12T10:00:00Z');
    // harbours: 6 of 9 valid votes, a simple majority; chapters counted: Lisbon, Porto, Osaka (Bristol only
    // abstained). harbours wins Lisbon only, eelgrass wins Osaka, Porto is tied: 1 of 3 is not more than half.
    expect(summary.polls[0]).toMatchObject({
      outcome: 'no-majority', winner: null, validVotes: 9, voters: 11, abstained: 2,
      options: [{ key: 'harbours', votes: 6 }, { key: 'eelgrass', votes: 3 }, { key: 'abstain', votes: 2 }],
      chapters: [{ id: 'bristol', voters: 2, winner: null }, { id: 'lisbon', voters: 4, winner: 'harbours' }, { id: 'osaka', voters: 3, winner: 'eelgrass' }, { id: 'porto', voters: 2, winner: null }],
    });
    const chapters = result(root, 'campaign').tally.chapters;
    expect(chapters.find((c: { id: string }) => c.id === 'porto')).toEqual({ id: 'porto', eligible: 4, voters: 2, validVotes: 2, options: [{ key: 'harbours', votes: 1 }, { key: 'eelgrass', votes: 1 }, { key: 'abstain', votes: 0 }], winner: null });
    expect(chapters.find((c: { id: string }) => c.id === 'bristol')).toMatchObject({ voters: 2, validVotes: 0, winner: null });
    expect(fake.data.discussion(discussionOf(root, 'campaign')).comments.find((c) => c.body.includes(SUMMARY_MARKER))!.body)
      .toContain('Chapters with valid votes: 3 (a double majority needs more than half of them). Chapters won: Plastic-free harbours 1, Replant eelgrass 1.');
    // The content check tells whoever moved osaka1 that the poll still counts them in Osaka.
    const notes = pollContentProblems(readSite(root), root, new Date('2026-11-06T00:00:00Z')).filter((p) => p.level === 'note');
    expect(notes.map((n) => n.message)).toContain('osaka1 was in chapter osaka when poll "campaign" opened (2026-11-02), so their vote counts for osaka in it: chapters are frozen when voting opens');
    expect((await runVerify({ root, now: new Date('2026-11-12T10:00:00Z') })).problems).toEqual([]);
  });

  it('a forged result that moves a chapter\'s figures fails the recount', async () => {
    fake = await startFakeGitHub(dataset(OPENS));
    const root = organization({ campaign: text });
    await openAt(root, OPENS);
    const vote = voteFn(root, 'campaign');
    for (const m of ['lisbon1', 'lisbon2', 'porto1', 'osaka1']) vote(m, 'harbours', '2026-11-05T12:00:00Z');
    await countAt(root, '2026-11-12T10:00:00Z');
    const file = path.join(root, 'polls', 'results', 'campaign.json');
    const forged = readJson(file);
    const osaka = forged.tally.chapters.find((c: { id: string }) => c.id === 'osaka');
    osaka.winner = 'eelgrass';
    fs.writeFileSync(file, JSON.stringify(forged, null, 2));
    const { problems } = await runVerify({ root, now: new Date('2026-11-12T10:00:00Z') });
    expect(problems.map((p) => p.field)).toEqual(['tally.chapters']);
  });
});

describe('options members add', () => {
  const UNTIL = '2026-11-20T09:00:00Z';
  const OPENS = '2026-11-20T09:00:00Z';
  const CLOSES = '2026-12-04T09:00:00Z';
  const text = poll([
    'options:', '  - { key: eelgrass, label: Eelgrass meadows }', '  - { key: litter, label: Litter counts }', '  - { key: abstain, label: Abstain }',
    `opens: ${OPENS}`, `closes: ${CLOSES}`, 'threshold: plurality', 'suggestions:', `  until: ${UNTIL}`, '  support: 3',
  ]);

  it('opens a discussion for the period, adds the suggestion members supported, and counts votes for it', async () => {
    fake = await startFakeGitHub(dataset('2026-11-06T10:00:00Z'));
    const root = organization({ 'field-day': text });
    // 1. The period runs: polls:open creates the discussion, and only that.
    const prepared = await openAt(root, '2026-11-06T10:00:00Z');
    expect(prepared).toMatchObject({ opened: [], prepared: ['field-day'] });
    const number = discussionOf(root, 'field-day');
    const d = fake.data.discussion(number);
    expect(d.comments).toEqual([]);
    expect(d.body).toContain('whose first line is `Option: ` followed by your option');
    expect(fs.existsSync(path.join(root, 'polls', 'state'))).toBe(false);
    // Running again finds the discussion named in the file and does nothing.
    const n = fake.requests.length;
    expect(await openAt(root, '2026-11-06T11:00:00Z')).toMatchObject({ opened: [], prepared: [] });
    expect(fake.requests.slice(n).filter((r) => /^(Create|Add)/.test(r.operation ?? ''))).toEqual([]);

    // 2. Members suggest and support.
    const data = fake.data;
    const dunes = data.addComment(number, { author: 'porto1', body: 'Option: Dune plants & pollinators\n\nThey hold the sand.', createdAt: '2026-11-07T10:00:00Z' });
    for (const m of ['lisbon1', 'osaka2', 'bristol3', 'porto1']) data.addReaction(dunes.id, 'THUMBS_UP', m, '2026-11-08T10:00:00Z');
    // Supported only by people who are not members (and, after the period, by one who is).
    const visitors = data.addComment(number, { author: 'lisbon2', body: 'Option: Night tide pools', createdAt: '2026-11-07T11:00:00Z' });
    for (const m of ['visitor-1', 'visitor-2']) data.addReaction(visitors.id, 'THUMBS_UP', m, '2026-11-08T10:00:00Z');
    const bait = data.addComment(number, { author: 'osaka3', body: 'Option: Keep the dues as they are', createdAt: '2026-11-07T12:00:00Z' });
    for (const m of ['lisbon4', 'lisbon5', 'bristol1', 'bristol2']) data.addReaction(bait.id, 'THUMBS_UP', m, '2026-11-09T10:00:00Z');
    // The sync reads the support while the period runs.
    data.now = '2026-11-10T00:00:00Z';
    await runSync({ root, env: fake.env(), client });
    // After the period closed, and before voting opens, the bait is reworded.
    data.editComment(bait.id, 'Option: Double the dues', '2026-11-20T08:59:59Z');
    data.editComment(bait.id, 'Option: Double the dues', '2026-11-20T09:30:00Z');
    // A 👍 after the period supports nothing.
    data.addReaction(visitors.id, 'THUMBS_UP', 'lisbon4', '2026-11-20T09:10:00Z');

    // 3. Voting opens: the verdicts freeze, and the supported suggestion gets an option comment crediting its author.
    const opened = await openAt(root, '2026-11-20T10:00:00Z');
    expect(opened.opened).toEqual(['field-day']);
    const frozen = state(root, 'field-day').frozen;
    expect(frozen.rules.options).toEqual(['eelgrass', 'litter', 'dune-plants-pollinators', 'abstain']);
    expect(frozen.suggestions.entries.map((e: { label: string; status: string; supporters: string[]; notCounted: number }) => [e.label, e.status, e.supporters, e.notCounted])).toEqual([
      ['Dune plants & pollinators', 'added', ['bristol3', 'lisbon1', 'osaka2'], 1],
      ['Night tide pools', 'below-threshold', [], 3],
      ['Double the dues', 'edited-late', [], 4],
    ]);
    const box = d.comments.find((c) => markerKey(c.body) === 'dune-plants-pollinators')!;
    expect(box.author).toBe('github-actions');
    expect(box.body).toContain(`Suggested by @porto1 (${fake.data.url}/discussions/${number}#discussioncomment-${dunes.databaseId})`);
    expect(box.body).toContain('and supported by 3 members.');
    const witness = readWitness(d.comments.find((c) => c.body.includes(SUMMARY_MARKER))!.body);
    expect(witness?.frozenDigest).toBe(digestOf(frozen));

    // 4. The added option is voted on like any other; a 👍 on the suggestion comment itself is not a vote.
    const vote = voteFn(root, 'field-day');
    for (const m of ['lisbon1', 'lisbon2', 'osaka1']) vote(m, 'dune-plants-pollinators', '2026-11-21T10:00:00Z');
    vote('bristol1', 'eelgrass', '2026-11-21T10:00:00Z');
    vote('porto3', 'litter', '2026-11-21T10:00:00Z');
    data.addReaction(dunes.id, 'THUMBS_UP', 'porto2', '2026-11-21T10:00:00Z');
    const summary = await countAt(root, '2026-12-04T10:00:00Z');
    expect(summary.polls[0]).toMatchObject({ outcome: 'decided', winner: 'dune-plants-pollinators', voters: 5 });
    expect(data.discussion(number).comments.find((c) => c.body.includes(SUMMARY_MARKER))!.body).toContain('Winner: **Dune plants & pollinators**');
    expect((await runVerify({ root, now: new Date('2026-12-04T10:00:00Z') })).problems).toEqual([]);
    expect(pollContentProblems(readSite(root), root, new Date('2026-12-04T10:00:00Z')).filter((p) => p.level !== 'note')).toEqual([]);
  });

  it('a state forged to add a suggestion that lacked support is refused: its digest is not the one witnessed', async () => {
    fake = await startFakeGitHub(dataset('2026-11-06T10:00:00Z'));
    const root = organization({ 'field-day': text });
    await openAt(root, '2026-11-06T10:00:00Z');
    const number = discussionOf(root, 'field-day');
    const weak = fake.data.addComment(number, { author: 'porto1', body: 'Option: Night tide pools', createdAt: '2026-11-07T10:00:00Z' });
    fake.data.addReaction(weak.id, 'THUMBS_UP', 'lisbon1', '2026-11-08T10:00:00Z');
    await openAt(root, OPENS);
    const file = path.join(root, 'polls', 'state', 'field-day.json');
    const forged = readJson(file);
    Object.assign(forged.frozen.suggestions.entries[0], { status: 'added', key: 'night-tide-pools', supporters: ['lisbon1', 'lisbon2', 'lisbon3'] });
    forged.frozen.rules.options.splice(2, 0, 'night-tide-pools');
    forged.frozenDigest = digestOf(forged.frozen);
    fs.writeFileSync(file, JSON.stringify(forged, null, 2));
    fake.data.now = '2026-11-21T00:00:00Z';
    await runSync({ root, env: fake.env(), client });
    const summary = await runTally({ root, env: fake.env(), now: new Date('2026-11-21T00:00:00Z'), client });
    expect(summary.failures).toEqual([expect.stringMatching(/field-day\.json: frozenDigest: its digest sha256:\w+ is not the one the summary comment in #\d+ witnesses/)]);
  });
});
