import type { PollData, PollRules, Site } from '../../schemas/index.ts';

/**
 * The rules a poll is counted by: its own settings, the site's defaults for what it leaves out,
 * and the discussion `polls:open` created when the file names none. Timestamps become UTC so the
 * same instant written in another zone is the same rule.
 */
export function rulesOf(poll: PollData, defaults: Pick<Site['polls'], 'quorum' | 'threshold'>, createdDiscussion: number | null = null): PollRules {
  return {
    type: poll.type,
    options: poll.options.map((o) => o.key),
    opens: new Date(poll.opens).toISOString(),
    closes: new Date(poll.closes).toISOString(),
    quorum: poll.quorum ?? defaults.quorum,
    threshold: poll.threshold ?? defaults.threshold,
    discussion: poll.discussion ?? createdDiscussion,
  };
}
