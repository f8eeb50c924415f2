import type { Site } from '../../schemas/index.ts';
import type { ContentProblem } from '../errors.ts';
import { readChapters, readRoster } from '../content/load.ts';
import { contentRoot, repoRelative } from '../content/paths.ts';
import { currentTime } from '../now.ts';
import { readAccounts } from '../sync/read-snapshot.ts';
import { frozenPollProblems } from './frozen-rules.ts';
import { accountNotes, electorateNotes, pollRecordProblems, suggestionRecordProblems } from './poll-record.ts';
import { readPollResults, readPollStates, readPolls, resultFile, stateFile } from './read-polls.ts';
import { appendOnlyCheck } from './record-history.ts';
import { countriesOf, scopeProblems } from './scope.ts';
import path from 'node:path';

/**
 * Everything the content check says about polls: malformed poll, state and result files; scopes naming no
 * chapter or country; changes to what a poll froze when it opened; states and results removed or rewritten on
 * main (git history); and notes for roster edits that cannot reach a poll already open.
 */
export function pollContentProblems(site: Site, root = contentRoot(), now = currentTime(process.env, root)): ContentProblem[] {
  const { polls, unreadable, problems } = readPolls(root);
  const { states, problems: stateProblems } = readPollStates(root);
  const { results, problems: resultProblems } = readPollResults(root);
  // The roster's own problems are the schema check's to report; here it only feeds the notes.
  const { members } = readRoster(root);
  const { accounts, problems: accountProblems } = readAccounts(root);
  // The chapters' own problems are the schema check's too; a scope is checked against the ones that parse.
  const countryOf = countriesOf(readChapters(root).chapters);
  const rosterFile = repoRelative(path.join(root, 'members.yml'));
  const stateOf = (id: string) => repoRelative(stateFile(id, root));
  const resultOf = (id: string) => repoRelative(resultFile(id, root));
  // A poll file that does not parse is reported above; comparing its frozen rules waits until it does.
  const comparable = states.filter((s) => !unreadable.has(s.id));
  return [
    ...problems, ...stateProblems, ...resultProblems, ...accountProblems,
    // Only before opening: once open, the scope is frozen, and a chapter closed later must not fail its old polls.
    ...polls.filter((p) => !states.some((s) => s.id === p.id)).flatMap((p) => scopeProblems(p, countryOf)),
    ...states.flatMap((s) => suggestionRecordProblems(s, stateOf(s.id))),
    ...frozenPollProblems(polls, comparable, site.polls, stateOf, (id) => polls.find((p) => p.id === id)?.file ?? stateOf(id).replace(/state\/([^/]+)\.json$/, '$1.yml')),
    ...pollRecordProblems({ polls, states, results, stateFile: stateOf, resultFile: resultOf }, now),
    ...electorateNotes(members, rosterFile, states, now, countryOf),
    ...accountNotes(members, rosterFile, accounts),
    ...appendOnlyCheck(root, site.branch),
  ];
}
