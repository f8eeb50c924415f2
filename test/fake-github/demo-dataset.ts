import { readDemo } from '../../src/lib/content/demo.ts';
import { readRoster, readSite } from '../../src/lib/content/load.ts';
import { contentRoot } from '../../src/lib/content/paths.ts';
import { pollChoices } from '../../src/lib/polls/choices.ts';
import { readPollResults, readPolls, readPollStates } from '../../src/lib/polls/read-polls.ts';
import { pollPageUrl, summaryComment } from '../../src/lib/polls/summary.ts';
import { summaryVoteLines, votingLanguages } from '../../src/lib/polls/voting-words.ts';
import { sayFrom } from '../../src/i18n/ui-strings.ts';
import type { Site } from '../../src/schemas/index.ts';
import type { Member } from '../../src/schemas/member.ts';
import { FakeGitHubData, type FakeComment, type NewPullRequest, type ReactionKind } from './dataset.ts';
import { addDemoPolls } from './demo-polls.ts';
import { Random } from './random.ts';

/**
 * Tidewater Commons on GitHub, as the demo shows it: page threads (titled by page path, as giscus's
 * `pathname` mapping names them), a long thread on the program, the poll discussions and the proposal pull
 * requests. Built from the roster in content/members.yml with a fixed seed, so every build gives the same data.
 * The committed snapshot in content/github/ is a sync of exactly this (see scripts/demo-snapshot.ts).
 */

/** The demo's clock (content/demo.yml): the dataset is GitHub as it stood at that moment. */
export function demoNow(root: string = contentRoot()): string {
  const demo = readDemo(root);
  if (!demo) throw new Error(`${root} holds no demo organization (no demo.yml): the demo dataset belongs to the demo`);
  return demo.clock;
}
const SEED = 20261126;

const OPINIONS = [
  'I like the direction here, especially the part about shared monitoring.',
  'Could we say more about how small chapters take part without a paid coordinator?',
  'Our chapter tried something similar last spring; the volunteers loved the field days.',
  'The wording in the second paragraph feels vague to me. Who decides, and when?',
  'Strong yes from the Osaka chapter. We can share our tide tables.',
  'I worry about the budget line. Can we see last year’s figures next to it?',
  'This matches what we agreed at the regional meeting in March.',
  'Please keep the language plain: many members read this in their second language.',
  'We should link the safety checklist from here.',
  'Thanks for writing this up, it is much clearer than the old version.',
  'What happens if a chapter cannot meet the targets in the first year?',
  'Could the eelgrass survey be part of the science track?',
  'I would add a sentence about working with fishers and harbour authorities.',
  'The timeline looks tight for the southern hemisphere chapters: our summer is your winter.',
  'Happy to help translate this into Spanish once it settles.',
  'Let’s not forget the youth groups; they did half of the planting in Valparaíso.',
];

const REPLIES = [
  'Good point, I will raise it at our next meeting.',
  'Agreed.',
  'We had the same question in Bristol.',
  'The figures are in the 2025 annual report, page 12.',
  'I think the proposal already covers this in section 3.',
  'Can you say which part exactly?',
  'Thanks, that helps.',
  'Let’s keep this thread on the program itself, please.',
];

const REACTIONS: ReactionKind[] = ['THUMBS_UP', 'HEART', 'HOORAY', 'ROCKET', 'EYES', 'LAUGH', 'CONFUSED', 'THUMBS_DOWN'];

/** Page threads: title is the page's path without the leading slash, trailing slash kept. */
const PAGE_THREADS: { number: number; title: string; comments: number; since: string }[] = [
  { number: 1, title: 'en/documents/mission/', comments: 6, since: '2026-02-10T10:00:00Z' },
  { number: 2, title: 'en/handbook/', comments: 4, since: '2026-03-02T08:30:00Z' },
  { number: 3, title: 'en/blog/program-2026-adopted/', comments: 5, since: '2026-09-17T12:00:00Z' },
  { number: 9, title: 'en/blog/eelgrass-meadow-census/', comments: 3, since: '2026-05-20T16:00:00Z' },
  { number: 5, title: 'en/handbook/running-meetings/consensus-hand-signals/', comments: 3, since: '2026-04-11T07:45:00Z' },
  { number: 6, title: 'en/documents/values/', comments: 2, since: '2026-11-02T09:00:00Z' },
];

const PROGRAM_THREAD = { number: 7, title: 'en/documents/program/', comments: 224, since: '2026-01-15T09:00:00Z', until: '2026-11-24T18:00:00Z' };

/** giscus creates page threads through its GitHub App, which GraphQL shows as the bot `giscus`. */
const GISCUS = 'giscus';

const isoAt = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function buildDemoDataset(root: string = contentRoot()): FakeGitHubData {
  const site = readSite(root);
  const { members, problems } = readRoster(root);
  if (problems.length) throw new Error(`content/members.yml has problems: ${problems.map((p) => p.message).join('; ')}`);
  const rnd = new Random(SEED);
  const data = new FakeGitHubData(site.repository, demoNow(root));
  const bot = site.polls.bot;
  data.addActor(bot, 'Bot');
  data.addActor(GISCUS, 'Bot');
  // Every member has a GitHub account, whether or not they ever wrote or reacted anything.
  for (const m of members) data.addActor(m.github);
  data.addCategory(site.discussions.pageCategory, true);
  data.addCategory(site.polls.category);
  for (const c of site.discussions.categories) data.addCategory(c);
  data.addCategory('Ideas');
  const logins = members.map((m) => m.github);

  for (const t of PAGE_THREADS) {
    const d = data.addDiscussion({ number: t.number, title: t.title, body: `Comments on ${t.title}`, author: GISCUS, category: site.discussions.pageCategory, createdAt: t.since });
    let at = Date.parse(t.since);
    for (let i = 0; i < t.comments; i++) {
      at += rnd.int(2, 72) * 3600_000;
      const c = data.addComment(d.number, { author: rnd.pick(logins), body: rnd.pick(OPINIONS), createdAt: isoAt(at) });
      react(data, rnd, c.id, logins, at, rnd.int(0, 4));
    }
  }
  addProgramThread(data, rnd, members, site.discussions.pageCategory);

  const proposal = data.addDiscussion({
    number: 10, title: 'Proposal #15: inclusive language in our values', author: 'ines-duarte', category: 'Proposals',
    body: 'Discussion of pull request #15 before a poll is scheduled.', labels: ['proposal'], createdAt: '2026-11-18T10:00:00Z',
  });
  for (let i = 0; i < 4; i++) data.addComment(proposal.number, { author: rnd.pick(logins), body: rnd.pick(OPINIONS), createdAt: isoAt(Date.parse('2026-11-18T12:00:00Z') + i * 9 * 3600_000) });
  // Outside the synced categories: must never reach the snapshot.
  data.addDiscussion({ number: 33, title: 'Idea: a shared tide-gauge network', author: 'kenji-arai', category: 'Ideas', createdAt: '2026-08-01T00:00:00Z' });

  addDemoPolls(data, members, SEED, bot);
  addSummaryComments(data, site, root);
  addDemoPullRequests(data, site.proposals.label);
  data.deleteAccount('former-member');
  return data;
}

/**
 * The summary comment the tally keeps in each poll's discussion, as the committed result says it last wrote
 * it: it witnesses the frozen state and the count on GitHub, so `tally -- --verify --github` passes against
 * `npm run github:fake -- --demo`. Polls without a committed result have none (`npm run demo:polls` posts them).
 */
function addSummaryComments(data: FakeGitHubData, site: Site, root: string) {
  const { polls } = readPolls(root);
  const states = new Map(readPollStates(root).states.map((s) => [s.id, s]));
  for (const result of readPollResults(root).results) {
    const poll = polls.find((p) => p.id === result.id);
    const state = states.get(result.id);
    if (!poll || !state || result.rules.discussion === null) continue;
    const body = summaryComment(poll.data, result, site.defaultLanguage, pollPageUrl(site.url, site.defaultLanguage, poll.id), pollChoices(poll.data, state.frozen.suggestions), summaryVoteLines(votingLanguages(site, sayFrom(root)), (l) => pollPageUrl(site.url, l, poll.id)));
    data.addComment(result.rules.discussion, { author: site.polls.bot, body, createdAt: state.frozen.rules.opens.replace(/\.\d{3}Z$/, 'Z') });
  }
}

function react(data: FakeGitHubData, rnd: Random, id: string, logins: string[], after: number, count: number) {
  // Never later than an hour before the demo's "now", so a sync right after finds nothing new.
  const latest = Date.parse(data.now) - 3600_000;
  for (let i = 0; i < count; i++) data.addReaction(id, rnd.pick(REACTIONS), rnd.pick(logins), isoAt(Math.min(latest, after + rnd.int(1, 48) * 3600_000)));
}

/** The long thread: 220+ comments, reply chains, edits, minimized and deleted comments, a ghost author, an answer. */
function addProgramThread(data: FakeGitHubData, rnd: Random, members: Member[], category: string) {
  const t = PROGRAM_THREAD;
  const logins = members.map((m) => m.github);
  const d = data.addDiscussion({ number: t.number, title: t.title, body: `Comments on ${t.title}`, author: GISCUS, category, createdAt: t.since });
  const start = Date.parse(t.since);
  const step = (Date.parse(t.until) - start) / (t.comments + 1);
  const top: { c: FakeComment; at: number }[] = [];
  for (let i = 0; i < t.comments; i++) {
    const at = start + step * (i + 1);
    // A member who later deleted their account: GitHub shows them as "ghost".
    const author = i % 37 === 5 ? 'former-member' : rnd.pick(logins);
    const c = data.addComment(d.number, { author, body: `${rnd.pick(OPINIONS)}${i % 3 === 0 ? `\n\n${rnd.pick(OPINIONS)}` : ''}`, createdAt: isoAt(at) });
    top.push({ c, at });
    react(data, rnd, c.id, logins, at, i % 11 === 0 ? rnd.int(6, 25) : rnd.int(0, 3));
  }
  // Reply chains: one long (14 replies), several short.
  const chains: [number, number][] = [[3, 14], [20, 3], [41, 5], [77, 2], [120, 4], [150, 6], [199, 3], [215, 2]];
  for (const [index, count] of chains) {
    const { c, at } = top[index]!;
    for (let k = 0; k < count; k++) {
      const author = k === 1 && index === 41 ? 'former-member' : rnd.pick(logins);
      const reply = data.addComment(d.number, { author, body: rnd.pick(REPLIES), replyTo: c.id, createdAt: isoAt(at + (k + 1) * 5400_000) });
      react(data, rnd, reply.id, logins, at + (k + 1) * 5400_000, rnd.int(0, 2));
    }
  }
  // Edited, minimized (three reasons), deleted (two, both with replies so they stay in the thread), an answer.
  const later = (i: number, hours: number) => isoAt(top[i]!.at + hours * 3600_000);
  for (const i of [8, 64, 133, 190]) data.editComment(top[i]!.c.id, `${top[i]!.c.body}\n\n_Edited: added a link to the budget table._`, later(i, 2));
  data.minimizeComment(top[12]!.c.id, 'OFF_TOPIC', later(12, 4));
  data.minimizeComment(top[58]!.c.id, 'SPAM', later(58, 1));
  data.editComment(top[58]!.c.id, 'Cheap sunglasses at the best prices, click here!', later(58, 0.5));
  data.minimizeComment(top[96]!.c.id, 'OUTDATED', later(96, 24 * 30));
  data.deleteComment(top[20]!.c.id, later(20, 30));
  data.deleteComment(top[150]!.c.id, later(150, 30));
  data.markAnswer(top[41]!.c.id, later(41, 12));
  data.addReaction(d.id, 'HEART', 'mara-quinlan', isoAt(start + 3600_000));
  data.addReaction(d.id, 'ROCKET', 'kenji-arai', isoAt(start + 7200_000));
}

const proposalBody = (summary: string) => `${summary}\n\nThis pull request is a proposal: it changes a document members vote on. Discuss here; a poll decides.`;

/**
 * Each proposal's branch in this repository's git history: its head commit and the commit of main it branched
 * from, so the site can show the amendment from git. The unmerged heads are kept reachable by the merge
 * "Keep the demo's unmerged proposals reachable" on main.
 */
export const DEMO_PR_COMMITS: Record<number, { headSha: string; baseSha: string; headRef: string }> = {
  4: { headRef: 'pairing-by-shore', headSha: 'cbe5c5dc36f1515c9bfb9d68f02cdd8b13da35c8', baseSha: '7b62e359ddd51731b0cf3e71c40831203366b22a' },
  8: { headRef: 'litter-count-deadline', headSha: '3e8145d3be036de314f030fc00a48898a9bd0b59', baseSha: 'e790a1e2d9a4b068a576ee10f6491f7a57826906' },
  12: { headRef: 'coastal-climate-program', headSha: 'b035ee41674c0dadae8b260da0b87c00dba183b6', baseSha: 'c5ffc1acd22c9517d7e94b4bcc957e2e3066e0a7' },
  13: { headRef: 'sliding-scale-dues', headSha: '04ef2fd2fc9c1af3f79c0fa3f8b00236b54ac2b5', baseSha: 'c5ffc1acd22c9517d7e94b4bcc957e2e3066e0a7' },
  14: { headRef: 'meeting-guide', headSha: 'c47e4edaf2a0d179bfcbc83e33373ee6aed2ffe3', baseSha: '00cad01a3962144563a2285b5e229da3fbe8aca3' },
  15: { headRef: 'inclusive-values', headSha: '52e32aff0e6e81b38e27ccaea71740e5f5c23289', baseSha: '00cad01a3962144563a2285b5e229da3fbe8aca3' },
  16: { headRef: 'watersheds', headSha: 'eed29968e5df4bc3724d6a9b3b445062f9cee3a6', baseSha: '00cad01a3962144563a2285b5e229da3fbe8aca3' },
  19: { headRef: 'online-spaces', headSha: '5362be8886be457730ae0c2d72e6ca646083f3d8', baseSha: 'd206dec1bcf3fb449c8c95dbb6b651df1472bc77' },
  17: { headRef: 'associate-membership', headSha: 'b22355fefbd9a74cdd8e733cdbbd891e73921742', baseSha: 'e790a1e2d9a4b068a576ee10f6491f7a57826906' },
};

function addDemoPullRequests(data: FakeGitHubData, label: string) {
  const file = (path: string, additions: number, deletions: number) => ({ path, additions, deletions, changeType: 'MODIFIED' as const });
  const addProposal = (input: NewPullRequest) => data.addPullRequest({ ...input, ...DEMO_PR_COMMITS[input.number] });
  addProposal({
    number: 12, title: 'Adopt the Coastal Climate Program', author: 'mara-quinlan', state: 'MERGED', labels: [label],
    body: proposalBody('Replaces the interim program with the three-year Coastal Climate Program.'),
    files: [file('content/en/documents/program.mdx', 64, 21)],
    createdAt: '2026-08-18T10:00:00Z', mergedAt: '2026-09-16T08:00:00Z', closedAt: '2026-09-16T08:00:00Z',
  });
  addProposal({
    number: 13, title: 'Sliding-scale yearly dues', author: 'pablo-serrano', state: 'CLOSED', labels: [label],
    body: proposalBody('Dues from 5 to 40 euros a year, by self-assessment.'),
    files: [file('content/en/documents/structure.mdx', 12, 4)],
    createdAt: '2026-06-20T10:00:00Z', closedAt: '2026-07-16T09:00:00Z',
  });
  addProposal({
    number: 14, title: 'Revise the guide to agendas and minutes', author: 'kenji-arai', state: 'OPEN', labels: [label],
    body: proposalBody('Shorter agendas, rotating note-takers, and minutes published within a week.'),
    files: [file('content/en/handbook/running-meetings/agendas-and-minutes.mdx', 38, 17)],
    createdAt: '2026-11-10T10:00:00Z', updatedAt: '2026-11-20T09:00:00Z',
  });
  addProposal({
    number: 15, title: 'Inclusive language in our values', author: 'ines-duarte', state: 'OPEN', labels: [label],
    body: proposalBody('Replaces gendered and ableist phrases in the values statement.'),
    files: [file('content/en/documents/values.mdx', 9, 9)],
    createdAt: '2026-11-18T09:30:00Z', updatedAt: '2026-11-23T15:00:00Z',
  });
  addProposal({
    number: 16, title: 'Mission: name the watersheds, not only the coasts', author: 'sione-taufa', state: 'OPEN', isDraft: true, labels: [label],
    body: proposalBody('Work in progress: widens the mission to river mouths and estuaries.'),
    files: [file('content/en/documents/mission.mdx', 5, 2)],
    createdAt: '2026-11-22T20:00:00Z',
  });
  addProposal({
    number: 17, title: 'Associate membership for partner organizations', author: 'amelie-rousseau', state: 'CLOSED', labels: [label],
    body: proposalBody('Withdrawn by the author after the discussion: partners will be listed instead.'),
    files: [file('content/en/documents/membership.mdx', 22, 0)],
    createdAt: '2026-05-02T10:00:00Z', closedAt: '2026-05-20T10:00:00Z',
  });
  // Passed its poll (#36), waiting for a maintainer to merge it.
  addProposal({
    number: 19, title: 'Code of conduct: online spaces', author: 'hana-kobayashi', state: 'OPEN', labels: [label],
    body: proposalBody('Adds a section on chats, forums and discussions: time zones, and moderation in the open.'),
    files: [file('content/en/documents/code-of-conduct.mdx', 11, 0)],
    createdAt: '2026-10-05T10:00:00Z', updatedAt: '2026-11-03T09:30:00Z',
  });
  // Earlier merged changes in the git history, not labelled as proposals: they hold their numbers, and the
  // sync must leave them out.
  addProposal({
    number: 4, title: 'Let a shared kind of shore count when pairing chapters', author: 'ines-duarte', state: 'MERGED', labels: [],
    files: [file('content/en/documents/program.mdx', 1, 1)], createdAt: '2026-02-10T10:30:00Z', mergedAt: '2026-03-02T18:40:00Z', closedAt: '2026-03-02T18:40:00Z',
  });
  addProposal({
    number: 8, title: 'Give chapters three weeks to enter litter counts', author: 'jordi-vidal', state: 'MERGED', labels: [],
    files: [file('content/en/documents/program.mdx', 1, 1)], createdAt: '2026-04-06T09:00:00Z', mergedAt: '2026-05-04T17:20:00Z', closedAt: '2026-05-04T17:20:00Z',
  });
  addProposal({
    number: 18, title: 'Fix a typo in the handbook', author: 'yuki-tanabe', state: 'MERGED', labels: [],
    files: [file('content/en/handbook/index.mdx', 1, 1)], createdAt: '2026-10-02T10:00:00Z', mergedAt: '2026-10-02T12:00:00Z', closedAt: '2026-10-02T12:00:00Z',
  });
}
