import { reactionContent, type Reaction, type ReactionContent } from '../../schemas/index.ts';

/** GitHub's reactions as readers know them; the order is GitHub's own. */
export const REACTION_EMOJI: Record<ReactionContent, string> = {
  THUMBS_UP: '👍',
  THUMBS_DOWN: '👎',
  LAUGH: '😄',
  HOORAY: '🎉',
  CONFUSED: '😕',
  HEART: '❤️',
  ROCKET: '🚀',
  EYES: '👀',
};

export interface ReactionCount {
  content: ReactionContent;
  emoji: string;
  count: number;
}

/** Counts per kind, in GitHub's order, leaving out kinds nobody used. Deleted accounts' reactions still count. */
export function countReactions(reactions: readonly Reaction[]): ReactionCount[] {
  const counts = new Map<ReactionContent, number>();
  for (const r of reactions) counts.set(r.content, (counts.get(r.content) ?? 0) + 1);
  return reactionContent.options
    .filter((content) => counts.has(content))
    .map((content) => ({ content, emoji: REACTION_EMOJI[content], count: counts.get(content)! }));
}
