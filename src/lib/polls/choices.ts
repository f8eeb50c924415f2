import { ABSTAIN, type FrozenSuggestions, type PollData, type PollOption } from '../../schemas/index.ts';

/**
 * The options a poll is voted on: those its file lists, and once it has opened, those members added in its
 * suggestion period (frozen in its state). Added options come before `abstain`, in the order they were
 * suggested, and carry who suggested them.
 */
export interface PollChoice extends PollOption {
  /** For an option a member added: who, and the comment that suggested it. */
  suggested?: { by: string | null; url: string; supporters: number };
}

export function pollChoices(data: Pick<PollData, 'options'>, suggestions: FrozenSuggestions | undefined): PollChoice[] {
  const added: PollChoice[] = (suggestions?.entries ?? []).flatMap((s) =>
    s.status === 'added' && s.key !== null ? [{ key: s.key, label: s.label, suggested: { by: s.author, url: s.url, supporters: s.supporters.length } }] : [],
  );
  if (!added.length) return [...data.options];
  const at = data.options.findIndex((o) => o.key === ABSTAIN);
  return at < 0 ? [...data.options, ...added] : [...data.options.slice(0, at), ...added, ...data.options.slice(at)];
}

/** The option keys to freeze: the file's, with the added ones in place. */
export function choiceKeys(data: Pick<PollData, 'options'>, suggestions: FrozenSuggestions | undefined): string[] {
  return pollChoices(data, suggestions).map((o) => o.key);
}
