import { isDeepStrictEqual } from 'node:util';
import type { PollEntry, PollRules, PollState, Site } from '../../schemas/index.ts';
import type { ContentProblem } from '../errors.ts';
import { digestOf } from './digest.ts';
import { rulesOf } from './rules.ts';

/**
 * A poll's rules freeze when it opens. The content check calls this to fail any later change to
 * type, options, window, quorum, threshold, discussion, proposal, scope or suggestion period; titles, questions
 * and labels stay editable. Options members added are part of the frozen options, not of the file.
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
    const suggestions = state.frozen.suggestions;
    const now = {
      ...rulesOf(poll.data, defaults, state.frozen.rules.discussion, suggestions),
      proposal: poll.data.proposal ?? null,
      suggestions: poll.data.suggestions ? { until: new Date(poll.data.suggestions.until).toISOString(), support: poll.data.suggestions.support } : null,
    };
    const frozen = {
      ...state.frozen.rules,
      proposal: state.frozen.proposal?.number ?? null,
      suggestions: suggestions ? { until: new Date(suggestions.until).toISOString(), support: suggestions.support } : null,
    };
    for (const field of FIELDS) {
      const was = frozen[field] ?? null;
      const is = now[field] ?? null;
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

const FIELDS = ['type', 'options', 'opens', 'closes', 'quorum', 'threshold', 'discussion', 'proposal', 'scope', 'suggestions'] as const satisfies readonly (keyof PollRules | 'proposal' | 'suggestions')[];
const LABEL: Record<(typeof FIELDS)[number], string> = {
  type: 'type', options: 'list of option keys', opens: 'opening time', closes: 'closing time', quorum: 'quorum', threshold: 'threshold', discussion: 'discussion', proposal: 'proposal',
  scope: 'scope (who votes)', suggestions: 'suggestion period',
};

// Reordering options changes nothing about the count, so only the set of keys is frozen.
function same(field: (typeof FIELDS)[number], was: unknown, is: unknown): boolean {
  if (field === 'options') return isDeepStrictEqual([...(was as string[])].sort(), [...(is as string[])].sort());
  return isDeepStrictEqual(was, is);
}

const show = (v: unknown): string => {
  if (Array.isArray(v)) return v.join(', ');
  if (v === null) return 'none';
  if (typeof v === 'object') return `{ ${Object.entries(v as object).map(([k, x]) => `${k}: ${String(x)}`).join(', ')} }`;
  return String(v);
};

function lineOf(source: string, field: string): number | undefined {
  const i = source.split('\n').findIndex((l) => l.startsWith(`${field}:`));
  return i < 0 ? undefined : i + 1;
}
