import type { Site } from '../../schemas/index.ts';
import type { ContentProblem } from '../errors.ts';
import { contentRoot, repoRelative } from '../content/paths.ts';
import { frozenPollProblems } from './frozen-rules.ts';
import { readPollResults, readPollStates, readPolls, stateFile } from './read-polls.ts';

/**
 * Everything the content check needs to say about polls: malformed poll, state and result files,
 * and changes to the rules of a poll that has opened.
 */
export function pollContentProblems(site: Site, root = contentRoot()): ContentProblem[] {
  const { polls, unreadable, problems } = readPolls(root);
  const { states, problems: stateProblems } = readPollStates(root);
  const { problems: resultProblems } = readPollResults(root);
  // A poll file that does not parse is reported above; comparing its frozen rules waits until it does.
  const comparable = states.filter((s) => !unreadable.has(s.id));
  return [...problems, ...stateProblems, ...resultProblems, ...frozenPollProblems(polls, comparable, site.polls, (id) => repoRelative(stateFile(id, root)), (id) => polls.find((p) => p.id === id)?.file ?? repoRelative(stateFile(id, root)).replace(/state\/([^/]+)\.json$/, '$1.yml'))];
}
