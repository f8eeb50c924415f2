import { isDeepStrictEqual } from 'node:util';
import type { PollEntry, PollRules, PollState, Site } from '../../schemas/index.ts';
import type { ContentProblem } from '../errors.ts';
import { digestOf } from './digest.ts';
import { rulesOf } from './rules.ts';

/**
 * A poll's rules freeze when it opens. The content check calls this to fail any later change to
 * type, options, window, quorum, threshold, discussion or proposal; titles, questions and labels stay editable.
 */
export function frozenPollProblems(
  polls: readonly PollEntry[],
  states: readonly PollState[],
  defaults: Pick<Site['polls'], 'quorum' | 'threshold'>,
  stateFile: (id: string) => string = (id) => `content/polls/state/${id}.json`,
  pollFile: (id: string) => string = (id) => `content/polls/${id}.yml`,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = new Map(polls.map((p) => [p.id, p]));
  for (const state of states) {
    const opened = state.openedAt.slice(0, 10);
    if (digestOf(state.frozen) !== state.frozenDigest) {
      problems.push({ file: stateFile(state.id), field: 'frozen', message: `what was frozen no longer matches its digest: this file was edited by hand; restore it from git history (git log -p -- ${stateFile(state.id)})` });
    }
    const poll = byId.get(state.id);
    if (!poll) {
      problems.push({ file: pollFile(state.id), field: '', message: `this poll opened on ${opened} and its file was removed or renamed; restore it (a poll that has opened stays on record)` });
      continue;
    }
    const now = { ...rulesOf(poll.data, defaults, state.frozen.rules.discussion), proposal: poll.data.proposal ?? null };
    const frozen = { ...state.frozen.rules, proposal: state.frozen.proposal?.number ?? null };
    for (const field of FIELDS) {
      const was = frozen[field];
      const is = now[field];
      if (same(field, was, is)) continue;
      const fromSite = (field === 'quorum' || field === 'threshold') && poll.data[field] === undefined;
      problems.push({
        file: poll.file,
        field,
        line: poll.source ? lineOf(poll.source, field) : undefined,
        message:
          `the poll opened on ${opened}, so its ${LABEL[field]} is frozen: it was ${show(was)}, now ${show(is)}` +
          (fromSite
            ? `; the default in content/site.yml changed, so write "${field}: ${show(was)}" in this file`
            : field === 'proposal'
              ? `; ${was === null ? 'remove the line' : `put back ${show(was)}`} (a poll decides only the pull request it opened for; to decide another, open a new poll)`
              : `; put back ${show(was)} (to change the rules, close this poll and open a new one)`),
      });
    }
  }
  return problems;
}

const FIELDS = ['type', 'options', 'opens', 'closes', 'quorum', 'threshold', 'discussion', 'proposal'] as const satisfies readonly (keyof PollRules | 'proposal')[];
const LABEL: Record<(typeof FIELDS)[number], string> = {
  type: 'type', options: 'list of option keys', opens: 'opening time', closes: 'closing time', quorum: 'quorum', threshold: 'threshold', discussion: 'discussion', proposal: 'proposal',
};

// Reordering options changes nothing about the count, so only the set of keys is frozen.
function same(field: (typeof FIELDS)[number], was: unknown, is: unknown): boolean {
  if (field === 'options') return isDeepStrictEqual([...(was as string[])].sort(), [...(is as string[])].sort());
  return isDeepStrictEqual(was, is);
}

const show = (v: unknown) => (Array.isArray(v) ? v.join(', ') : v === null ? 'none' : String(v));

function lineOf(source: string, field: string): number | undefined {
  const i = source.split('\n').findIndex((l) => l.startsWith(`${field}:`));
  return i < 0 ? undefined : i + 1;
}
