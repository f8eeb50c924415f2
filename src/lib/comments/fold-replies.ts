/**
 * A reply chain longer than `visible` folds its middle: the first reply (what the chain answers) and
 * the newest ones stay in view, the rest goes behind a <details>. The newest reply is never folded, so
 * "jump to newest" always lands on something visible.
 */
export interface FoldedReplies<T> {
  before: T[];
  folded: T[];
  after: T[];
}

export interface FoldOptions {
  visible?: number;
  /** How many of the visible replies come from the start of the chain. */
  head?: number;
}

export function foldReplies<T>(replies: readonly T[], options: FoldOptions = {}): FoldedReplies<T> {
  const visible = Math.max(options.visible ?? 3, 1);
  // At least one slot stays at the end of the chain for the newest reply.
  const head = Math.min(options.head ?? 1, visible - 1);
  if (replies.length <= visible) return { before: [...replies], folded: [], after: [] };
  const tail = visible - head;
  return {
    before: replies.slice(0, head),
    folded: replies.slice(head, replies.length - tail),
    after: replies.slice(replies.length - tail),
  };
}
