import type { FrozenSuggestions, PollData, PollRules, Site } from '../../schemas/index.ts';
import { choiceKeys } from './choices.ts';

/**
 * The rules a poll is counted by: its own settings, the site's defaults for what it leaves out,
 * the discussion `polls:open` created when the file names none, and the options members added in a
 * suggestion period. Timestamps become UTC so the same instant written in another zone is the same rule.
 * A poll of the whole organization carries no `scope` key at all, so states frozen before scopes existed
 * keep their digest.
 */
export function rulesOf(
  poll: PollData,
  defaults: Pick<Site['polls'], 'quorum' | 'threshold'>,
  createdDiscussion: number | null = null,
  suggestions?: FrozenSuggestions,
): PollRules {
  return {
    type: poll.type,
    options: choiceKeys(poll, suggestions),
    opens: new Date(poll.opens).toISOString(),
    closes: new Date(poll.closes).toISOString(),
    quorum: poll.quorum ?? defaults.quorum,
    threshold: poll.threshold ?? defaults.threshold,
    discussion: poll.discussion ?? createdDiscussion,
    ...(poll.scope ? { scope: { ...poll.scope } } : {}),
  };
}
