import fs from 'node:fs';
import path from 'node:path';
import type { PollState } from '../../schemas/index.ts';
import { readRoster, readSite } from '../content/load.ts';
import { contentRoot, repoRelative } from '../content/paths.ts';
import { ChapterhouseError, ContentError } from '../errors.ts';
import { createGitHubClient, type GitHubClientOptions } from '../github/client.ts';
import { githubConfigFromEnv } from '../github/config.ts';
import { explainGitHubError } from '../github/github-errors.ts';
import { currentTime } from '../now.ts';
import { prettyJson } from './digest.ts';
import { trustedAuthors } from './eligibility.ts';
import { addComment, createDiscussion, fetchDiscussion, findCategory, pullRequestHead, type LiveDiscussion } from './github/poll-github.ts';
import { discussionBody, discussionTitle, existingOptions, openedState, optionCommentBody, pollsDue } from './open-plan.ts';
import { readPollStates, readPolls, stateFile } from './read-polls.ts';
import { rulesOf } from './rules.ts';
import { pollPageUrl } from './summary.ts';

/**
 * `npm run polls:open`: for each poll whose opening time has come, make sure its discussion and one
 * option comment per option exist, then freeze its rules in content/polls/state/<id>.json. Safe to run
 * on a schedule: what exists is left alone.
 */

export interface PollsOpenOptions {
  root?: string;
  env?: Record<string, string | undefined>;
  now?: Date;
  dryRun?: boolean;
  client?: GitHubClientOptions;
  progress?: (message: string) => void;
}

export async function runPollsOpen(options: PollsOpenOptions = {}): Promise<{ opened: string[] }> {
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

  const due = pollsDue(polls, now);
  if (!due.length) {
    progress('No poll is due to open.');
    return { opened: [] };
  }
  const config = githubConfigFromEnv(options.env ?? process.env, site.repository);
  const client = createGitHubClient(config, options.client);
  const trusted = trustedAuthors(members, site.polls.bot);
  const stateById = new Map(states.map((s) => [s.id, s]));
  const tag = dryRun ? '[dry run] would ' : '';
  const opened: string[] = [];
  try {
    for (const poll of due) {
      const state = stateById.get(poll.id);
      const number = poll.data.discussion ?? state?.rules.discussion ?? null;
      let live: LiveDiscussion | null = null;
      if (number !== null) {
        live = await fetchDiscussion(client, number);
        if (!live) {
          throw new ChapterhouseError('polls-no-discussion', `${poll.file}: discussion #${number} does not exist in ${config.owner}/${config.name}`, 'fix "discussion:" in the poll file, or remove it to let polls:open create one');
        }
      } else {
        const title = discussionTitle(poll, site);
        progress(`${poll.id}: ${tag}create discussion "${title}" in category ${site.polls.category}`);
        if (!dryRun) {
          const ids = await findCategory(client, site.polls.category);
          const created = await createDiscussion(client, ids, title, discussionBody(poll, site, pollPageUrl(site.url, site.defaultLanguage, poll.id)));
          live = { ...created, comments: [] };
          progress(`${poll.id}: created discussion #${created.number} ${created.url}`);
          // The sync finds a poll's votes through this field, so it goes into the definition itself.
          fs.appendFileSync(path.resolve(root, 'polls', path.basename(poll.file)), `${poll.source?.endsWith('\n') === false ? '\n' : ''}discussion: ${created.number} # created by polls:open\n`);
        }
      }

      const keys = poll.data.options.map((o) => o.key);
      const { existing, missing } = existingOptions(keys, live?.comments ?? [], trusted);
      const file = stateFile(poll.id, root);
      // Freeze before posting options: if a later step fails, a rerun finds the discussion through
      // the state file instead of creating a second one.
      let frozen = state;
      if (!frozen) {
        let proposal: { number: number; headSha: string } | null = null;
        if (poll.data.proposal !== undefined) {
          const headSha = await pullRequestHead(client, poll.data.proposal);
          if (!headSha) throw new ChapterhouseError('polls-no-proposal', `${poll.file}: pull request #${poll.data.proposal} was not found`, 'fix "proposal:" in the poll file');
          proposal = { number: poll.data.proposal, headSha };
        }
        progress(`${poll.id}: ${tag}freeze the rules in ${repoRelative(file)}${proposal ? ` (proposal #${proposal.number} at ${proposal.headSha.slice(0, 7)})` : ''}`);
        if (!dryRun && live) {
          frozen = openedState(poll.id, rulesOf(poll.data, site.polls, live.number), now, proposal, existing);
          writeState(file, frozen, progress);
          opened.push(poll.id);
        }
      }

      for (const key of missing) {
        const option = poll.data.options.find((o) => o.key === key)!;
        progress(`${poll.id}: ${tag}add option comment "${key}"`);
        if (!dryRun && live) {
          const c = await addComment(client, live.id, optionCommentBody(option, site));
          existing.push({ key, id: c.id, url: c.url, author: c.author ?? site.polls.bot });
        }
      }
      if (!missing.length) progress(`${poll.id}: all ${keys.length} option comments are in place`);
      else if (frozen && !dryRun) {
        writeState(file, { ...frozen, optionComments: keys.flatMap((k) => existing.filter((e) => e.key === k)) }, progress);
      }
    }
  } catch (e) {
    throw explainGitHubError(e, config);
  }
  return { opened };
}

function writeState(file: string, state: PollState, progress: (m: string) => void) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, prettyJson(state));
  progress(`  wrote ${repoRelative(file)} (${state.definitionDigest.slice(0, 15)}…)`);
}
