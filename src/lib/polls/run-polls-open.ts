import fs from 'node:fs';
import path from 'node:path';
import { loginKey, type Account, type Member, type PollEntry, type PollRules, type PollState, type Site } from '../../schemas/index.ts';
import { readChapters, readRoster, readSite } from '../content/load.ts';
import { contentRoot, repoRelative } from '../content/paths.ts';
import { ChapterhouseError, ContentError } from '../errors.ts';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../github/client.ts';
import { githubConfigFromEnv, type GitHubConfig } from '../github/config.ts';
import { fetchAccountsById, fetchAccountsByLogin, fetchPollComments } from '../github/fetch.ts';
import { explainGitHubError } from '../github/github-errors.ts';
import { ACCOUNT_BATCH } from '../github/page-sizes.ts';
import { currentTime } from '../now.ts';
import { mergeAccounts } from '../sync/accounts.ts';
import { readAccounts } from '../sync/read-snapshot.ts';
import { prettyJson } from './digest.ts';
import { asOpened } from './as-opened.ts';
import { pollChoices } from './choices.ts';
import { electorate, scopedMembers } from './electorate.ts';
import { botKey, trustedAuthors } from './eligibility.ts';
import {
  addComment, createDiscussion, discussionsCreatedSince, fetchDiscussion, findCategory, pullRequestHead, type LiveDiscussion,
} from './github/poll-github.ts';
import { Journal, PollFailure } from './journal.ts';
import { sayFrom } from '../../i18n/ui-strings.ts';
import { summaryVoteLines, votingLanguages } from './voting-words.ts';
import { discussionBody, discussionTitle, existingOptions, markedPollId, openedState, optionCommentBody, pollsDue, pollsToPrepare } from './open-plan.ts';
import { readPollStates, readPolls, stateFile } from './read-polls.ts';
import { rulesOf } from './rules.ts';
import { countriesOf, scopeProblems, type CountryOf } from './scope.ts';
import { judgeSuggestions } from './suggestions.ts';
import { pollPageUrl, readWitness, SUMMARY_MARKER, summaryComment } from './summary.ts';
import { resultFrom } from './tally.ts';

/**
 * `npm run polls:open`: for each poll whose opening time has come, make sure its discussion and one option
 * comment per option exist, freeze everything the vote depends on (rules, proposal head, ballot boxes,
 * electorate with account ids) in content/polls/state/<id>.json, and post the summary comment that witnesses
 * the frozen digest on GitHub. Safe to run on a schedule: what exists on GitHub is found and adopted, so a
 * run that failed half-way, or whose `discussion:` line never reached main, never opens a second ballot.
 * One poll that cannot be opened stops only itself.
 *
 * A poll with a suggestion period gets its discussion as soon as the period runs (members suggest options
 * there); when voting opens, the suggestions are judged (suggestions.ts), the ones with enough support become
 * options with their own option comments, and the verdicts freeze with the rest.
 */

export interface PollsOpenOptions {
  root?: string;
  env?: Record<string, string | undefined>;
  now?: Date;
  dryRun?: boolean;
  client?: GitHubClientOptions;
  progress?: (message: string) => void;
}

export interface PollsOpenResult {
  opened: string[];
  /** Polls whose discussion was created for their suggestion period (voting opens later). */
  prepared: string[];
  /** One line per poll that could not be opened: file, what happened, what was done, what to do. */
  failures: string[];
}

export async function runPollsOpen(options: PollsOpenOptions = {}): Promise<PollsOpenResult> {
  const root = options.root ?? contentRoot();
  const dryRun = options.dryRun ?? false;
  const now = options.now ?? currentTime(process.env, root);
  const progress = options.progress ?? (() => {});
  const site = readSite(root);
  const { members, problems: rosterProblems } = readRoster(root);
  const { polls, problems } = readPolls(root);
  const { states, problems: stateProblems } = readPollStates(root);
  const all = [...rosterProblems, ...problems, ...stateProblems];
  if (all.length) throw new ContentError(all);

  const opened = new Set(states.map((s) => s.id));
  const due = pollsDue(polls, now).filter((p) => !opened.has(p.id));
  const preparing = pollsToPrepare(polls, now).filter((p) => !opened.has(p.id));
  if (!due.length && !preparing.length) {
    progress('No poll is due to open.');
    return { opened: [], prepared: [], failures: [] };
  }
  const config = githubConfigFromEnv(options.env ?? process.env, site.repository);
  const client = createGitHubClient(config, options.client);
  const countryOf = countriesOf(readChapters(root).chapters);
  const run: OpenRun = { root, site, members, countryOf, accounts: readAccounts(root).accounts, client, config, now, dryRun, progress, category: null };
  const result: PollsOpenResult = { opened: [], prepared: [], failures: [] };
  for (const [poll, open] of [...preparing.map((p) => [p, false] as const), ...due.map((p) => [p, true] as const)]) {
    const journal = new Journal();
    try {
      const scope = scopeProblems(poll, countryOf)[0];
      if (scope) throw PollFailure.at(poll, scope.field, scope.message);
      if (!open) {
        if (await ensureDiscussion(run, poll, poll.data, journal)) result.prepared.push(poll.id);
      } else if (await openPoll(run, poll, journal)) result.opened.push(poll.id);
    } catch (e) {
      const done = journal.empty ? 'Nothing was done for this poll' : `Done for this poll before that: ${journal.sentence()}`;
      if (e instanceof PollFailure) {
        result.failures.push(`${e.formatted}. ${done}.`);
        progress(`${poll.id}: ✖ ${e.message}`);
        continue;
      }
      // Not about this poll (the token, the network, the rate limit): the next polls would fail the same way.
      const others = result.opened.length ? ` Opened before it: ${result.opened.join(', ')}.` : '';
      throw explainGitHubError(e, config, `${done}; run "npm run polls:open" again to finish (it finds what exists and adds the rest).${others}`);
    }
  }
  return result;
}

interface OpenRun {
  root: string;
  site: Site;
  members: Member[];
  countryOf: CountryOf;
  accounts: Account[];
  client: GitHubClient;
  config: GitHubConfig;
  now: Date;
  dryRun: boolean;
  progress: (m: string) => void;
  category: { repositoryId: string; categoryId: string } | null;
}

async function openPoll(run: OpenRun, poll: PollEntry, journal: Journal): Promise<boolean> {
  const { site, client, config, dryRun, progress } = run;
  const repo = `${config.owner}/${config.name}`;
  const tag = dryRun ? '[dry run] would ' : '';
  // What is frozen is the poll, the roster and the chapters as they stood at the opening time (see as-opened.ts).
  const opened = asOpened(run.root, poll, run.members, site.polls, run.countryOf);
  if (opened.note) progress(`${poll.id}: ${opened.note}`);
  const definition = opened.data;

  // 1. The proposal first: a poll that names a missing pull request must not create anything.
  let proposal: { number: number; headSha: string } | null = null;
  if (definition.proposal !== undefined) {
    const headSha = await pullRequestHead(client, definition.proposal);
    if (!headSha) throw PollFailure.at(poll, 'proposal', `pull request #${definition.proposal} does not exist in ${repo}: fix "proposal:" in ${poll.file}`);
    proposal = { number: definition.proposal, headSha };
  }

  // 2. The discussion: named in the file, created by an earlier run (found by its marker), or new.
  const live = await ensureDiscussion(run, poll, definition, journal);
  if (!live) return false;

  // 3. Who may vote, with account ids checked on GitHub now: the electorate, and the only members whose
  //    suggestions and support count.
  const base = rulesOf(definition, opened.defaults, live.number);
  const accounts = await accountsAtOpening(run, opened.members, base, opened.countryOf);
  const voters = electorate(opened.members, base, accounts, opened.countryOf);
  const unconfirmed = voters.filter((e) => e.id === null).map((e) => e.login);
  if (unconfirmed.length) progress(`${poll.id}: ⚠ no confirmed GitHub account for ${unconfirmed.join(', ')}: their votes will not count in this poll (see "npm run check" for why)`);

  // 4. The suggestion period's verdicts, from every comment and every 👍 of the discussion as GitHub has them now.
  let suggestions;
  if (definition.suggestions) {
    const read = await fetchPollComments(client, [live.id]);
    const comments = read.comments.get(live.number);
    if (!comments) throw new PollFailure(poll.file, `discussion #${live.number} disappeared while polls:open was reading its suggestions; nothing was frozen. Run "npm run polls:open" again`);
    const entries = judgeSuggestions({ comments, period: definition.suggestions, electorate: voters, options: definition.options, bot: site.polls.bot });
    suggestions = { until: new Date(definition.suggestions.until).toISOString(), support: definition.suggestions.support, entries };
    const added = entries.filter((e) => e.status === 'added');
    progress(`${poll.id}: ${entries.length} suggestion${entries.length === 1 ? '' : 's'}, ${added.length} with at least ${definition.suggestions.support} supporter${definition.suggestions.support === 1 ? '' : 's'}${added.length ? `: ${added.map((e) => `"${e.label}" (${e.key})`).join(', ')}` : ''}`);
  }
  const choices = pollChoices(definition, suggestions);

  // 5. One option comment per option, posted by the bot unless a trusted one is there already.
  const keys = choices.map((o) => o.key);
  const { existing, missing } = existingOptions(keys, live.comments, trustedAuthors(opened.members, site.polls.bot, definition.scope, opened.countryOf));
  let posted = 0;
  try {
    for (const key of missing) {
      const option = choices.find((o) => o.key === key)!;
      progress(`${poll.id}: ${tag}add option comment "${key}"`);
      if (dryRun) continue;
      const c = await addComment(client, live.id, optionCommentBody(option, site, sayFrom(run.root)));
      existing.push({ key, id: c.id, url: c.url, author: c.author ?? site.polls.bot });
      posted += 1;
    }
  } catch (e) {
    if (posted > 0) journal.add(`posted ${posted} of ${missing.length} option comments`);
    throw e;
  }
  if (posted > 0) journal.add(`posted ${posted} option comment${posted === 1 ? '' : 's'}`);
  if (!missing.length) progress(`${poll.id}: all ${keys.length} option comments are in place`);

  // 6. Freeze: rules, proposal head, ballot boxes, the electorate and the suggestions' verdicts.
  const rules = rulesOf(definition, opened.defaults, live.number, suggestions);
  const optionComments = keys.flatMap((k) => existing.filter((e) => e.key === k));
  const state = openedState(poll.id, run.now, { rules, proposal, optionComments, electorate: voters, ...(suggestions ? { suggestions } : {}) });
  const file = stateFile(poll.id, run.root);
  progress(`${poll.id}: ${tag}freeze the rules and ${voters.length} eligible members in ${repoRelative(file)}${proposal ? ` (proposal #${proposal.number} at ${proposal.headSha.slice(0, 7)})` : ''}`);
  if (dryRun) return false;

  // 7. Witness the frozen digest on GitHub before the state is written: a state file no run of polls:open
  //    wrote has no summary comment carrying its digest, and the tally refuses to count under it.
  await witnessOpening(run, poll, state, live, journal);

  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, prettyJson(state));
  progress(`  wrote ${repoRelative(file)} (${state.frozenDigest.slice(0, 19)}…)`);
  return true;
}

/**
 * The poll's discussion: the one its file names, one an earlier run created for it (found by the hidden marker
 * in its body, so a `discussion:` line that never reached main never leads to a second ballot), or a new one,
 * whose number is then written into the poll file. Null on a dry run that would create one.
 */
async function ensureDiscussion(run: OpenRun, poll: PollEntry, definition: PollEntry['data'], journal: Journal): Promise<LiveDiscussion | null> {
  const { site, client, config, dryRun, progress } = run;
  const repo = `${config.owner}/${config.name}`;
  const tag = dryRun ? '[dry run] would ' : '';
  const named = definition.discussion ?? poll.data.discussion;
  if (named !== undefined) {
    const live = await fetchDiscussion(client, named);
    if (!live) throw PollFailure.at(poll, 'discussion', `discussion #${named} does not exist in ${repo}: fix "discussion:" in ${poll.file}, or remove the line to let polls:open create one`);
    return live;
  }
  run.category ??= await findCategory(client, site.polls.category);
  // A poll with a suggestion period got its discussion when the period started, possibly long before voting.
  const from = Math.min(Date.parse(poll.data.opens), Date.parse(poll.data.suggestions?.until ?? poll.data.opens) - LOOKBACK_FOR_SUGGESTIONS) - 86_400_000;
  const earlier = (await discussionsCreatedSince(client, run.category.categoryId, new Date(from).toISOString()))
    .filter((d) => markedPollId(d.body) === poll.id && d.author !== null && botKey(d.author) === botKey(site.polls.bot))
    .sort((a, b) => a.number - b.number)[0];
  let live: LiveDiscussion | null;
  if (earlier) {
    progress(`${poll.id}: found discussion #${earlier.number}, created for this poll by an earlier run; using it`);
    live = await fetchDiscussion(client, earlier.number);
    if (!live) throw new PollFailure(poll.file, `discussion #${earlier.number} disappeared while polls:open was reading it; run "npm run polls:open" again`);
    journal.add(`adopted discussion #${live.number}`);
  } else {
    const title = discussionTitle(poll, site);
    progress(`${poll.id}: ${tag}create discussion "${title}" in category ${site.polls.category}${poll.data.suggestions && run.now.getTime() < Date.parse(poll.data.opens) ? ' for its suggestion period' : ''}`);
    if (dryRun) return null;
    const created = await createDiscussion(client, run.category, title, discussionBody(poll, site, pollPageUrl(site.url, site.defaultLanguage, poll.id)));
    live = { ...created, comments: [] };
    journal.add(`created discussion #${created.number}`);
    progress(`${poll.id}: created discussion #${created.number} ${created.url}`);
  }
  if (!dryRun) {
    // The sync finds a poll's votes (and suggestions) through this field, so it goes into the definition itself.
    fs.appendFileSync(path.resolve(run.root, 'polls', path.basename(poll.file)), `${poll.source?.endsWith('\n') === false ? '\n' : ''}discussion: ${live.number} # created by polls:open\n`);
    journal.add(`wrote "discussion: ${live.number}" into ${poll.file}`);
  }
  return live;
}

/** How far back before its end a suggestion period's discussion is looked for: a year covers any real period. */
const LOOKBACK_FOR_SUGGESTIONS = 366 * 86_400_000;

/** The summary comment as the poll opens: no votes yet, the frozen digest witnessed. */
async function witnessOpening(run: OpenRun, poll: PollEntry, state: PollState, live: LiveDiscussion, journal: Journal): Promise<void> {
  const { site, client } = run;
  const opening = resultFrom(state, { frozenDigest: state.frozenDigest, reactions: [] }, 'open', null);
  const body = summaryComment(poll.data, opening, site.defaultLanguage, pollPageUrl(site.url, site.defaultLanguage, poll.id), pollChoices(poll.data, state.frozen.suggestions), summaryVoteLines(votingLanguages(site, sayFrom(run.root)), (l) => pollPageUrl(site.url, l, poll.id)));
  const mine = live.comments.find((c) => c.body.includes(SUMMARY_MARKER) && c.author !== null && botKey(c.author) === botKey(site.polls.bot));
  if (!mine) {
    await addComment(client, live.id, body);
    journal.add('posted the summary comment');
    return;
  }
  const witnessed = readWitness(mine.body)?.frozenDigest;
  if (witnessed === state.frozenDigest) return; // a run that failed after witnessing: the same freeze, redone
  throw new PollFailure(
    poll.file,
    `the summary comment in discussion #${live.number} (${mine.url}) already witnesses a frozen state for this poll (${witnessed?.slice(0, 19) ?? 'unreadable'}), but content/polls/state/${poll.id}.json is missing, and freezing now would give ${state.frozenDigest.slice(0, 19)}: a poll is frozen once. Restore the state file from git history (git log --all -- content/polls/state/${poll.id}.json); if it was never committed, a maintainer must delete that summary comment before polls:open may freeze again`,
  );
}

/**
 * The accounts of the poll's eligible members as GitHub knows them right now: recorded ones looked up again
 * by id (a rename or a deletion shows), unknown logins looked up by name. A stale or hand-edited
 * accounts.json cannot put someone else's account into the electorate.
 */
async function accountsAtOpening(run: OpenRun, members: Member[], rules: Pick<PollRules, 'opens' | 'closes' | 'scope'>, countryOf: CountryOf): Promise<Account[]> {
  const eligible = scopedMembers(members, rules, countryOf).filter((m) => m.id === undefined);
  const known = new Map(run.accounts.map((a) => [loginKey(a.login), a]));
  const recorded = eligible.flatMap((m) => known.get(loginKey(m.github)) ?? []).filter((a) => a.currentLogin !== null);
  const unknown = eligible.filter((m) => !known.has(loginKey(m.github))).map((m) => m.github);
  const seen: { nodeId: string; login: string; id: number | null }[] = [];
  const gone: string[] = [];
  for (let i = 0; i < recorded.length; i += ACCOUNT_BATCH) {
    const found = await fetchAccountsById(run.client, recorded.slice(i, i + ACCOUNT_BATCH).map((a) => a.nodeId));
    seen.push(...found.accounts.map((a) => ({ nodeId: a.id, login: a.login, id: a.databaseId })));
    gone.push(...found.gone);
  }
  const resolved = await fetchAccountsByLogin(run.client, unknown, run.progress);
  return mergeAccounts(run.accounts, { resolved: resolved.accounts.map((r) => ({ asked: r.asked, id: r.databaseId!, nodeId: r.id, login: r.login })), seen, gone });
}

/** What the script prints when some polls could not be opened; it then exits non-zero. */
export function failureReport(result: PollsOpenResult): ChapterhouseError {
  return new ChapterhouseError(
    'polls-open-failed',
    `${result.failures.length} poll${result.failures.length === 1 ? '' : 's'} could not be opened${result.opened.length ? ` (opened: ${result.opened.join(', ')})` : ''}:\n${result.failures.map((f) => `  ${f}`).join('\n')}`,
    'fix what each line names, then run "npm run polls:open" again: it finds what already exists on GitHub and adds the rest',
  );
}
