import { optionVoteLines, type Say } from './voting-words.ts';
import { localize, POLL_FILE_FORMAT, type FrozenPoll, type OptionCommentRef, type PollEntry, type PollOption, type PollState, type Site } from '../../schemas/index.ts';
import type { PollChoice } from './choices.ts';
import { digestOf } from './digest.ts';
import { botKey } from './eligibility.ts';
import { markerKey, optionMarker } from './option-comments.ts';

/**
 * What `npm run polls:open` has to do for one poll, decided from what GitHub shows now. Pure, so
 * running it twice on the same discussion plans nothing the second time.
 */

/** Polls whose opening time has come and that have not closed yet. */
export function pollsDue(polls: readonly PollEntry[], now: Date): PollEntry[] {
  return polls.filter((p) => Date.parse(p.data.opens) <= now.getTime() && now.getTime() < Date.parse(p.data.closes));
}

export interface LiveCommentLike { id: string; url: string; body: string; author: string | null }

/**
 * Polls with a suggestion period that is running and no discussion yet: members need the discussion to
 * suggest options in, long before voting opens, so polls:open creates it (and nothing else) now.
 */
export function pollsToPrepare(polls: readonly PollEntry[], now: Date): PollEntry[] {
  return polls.filter((p) => p.data.suggestions && p.data.discussion === undefined && now.getTime() < Date.parse(p.data.suggestions.until) && now.getTime() < Date.parse(p.data.opens));
}

/** Option comments already there (first trusted one per key) and the keys still missing. */
export function existingOptions(keys: readonly string[], comments: readonly LiveCommentLike[], trusted: ReadonlySet<string>): { existing: OptionCommentRef[]; missing: string[] } {
  const existing = new Map<string, OptionCommentRef>();
  for (const c of comments) {
    const key = markerKey(c.body);
    if (key === null || !keys.includes(key) || existing.has(key)) continue;
    if (!c.author || !trusted.has(botKey(c.author))) continue;
    existing.set(key, { key, id: c.id, url: c.url, author: c.author });
  }
  return { existing: keys.flatMap((k) => (existing.has(k) ? [existing.get(k)!] : [])), missing: keys.filter((k) => !existing.has(k)) };
}

function allLabels(text: PollOption['label'], site: Site): string {
  if (typeof text === 'string') return text;
  const seen = new Set<string>();
  return site.languages
    .map((l) => text[l.code])
    .filter((t): t is string => Boolean(t) && !seen.has(t!) && Boolean(seen.add(t!)))
    .join(' · ');
}

/**
 * An option comment: its label in every language, who suggested it (a member's suggestion), how to vote in every
 * language (when `say` gives the words; English alone without it), and the marker that makes it a ballot box.
 */
export function optionCommentBody(option: PollChoice, site: Site, say?: Say): string {
  // A member's label is plain words (suggestions.ts refuses markup), so it can stand in the heading as it is.
  const credit = option.suggested
    ? [`Suggested by ${option.suggested.by ? `@${option.suggested.by}` : 'a deleted account'} (${option.suggested.url}) and supported by ${option.suggested.supporters} member${option.suggested.supporters === 1 ? '' : 's'}.`, '']
    : [];
  const how = say
    ? optionVoteLines(option.label, { languages: site.languages.map((l) => l.code), defaultLanguage: site.defaultLanguage, say })
    : [`👍 this comment to vote for “${localize(option.label, site.defaultLanguage, site.defaultLanguage)}”.`];
  return [`### ${allLabels(option.label, site)}`, '', ...credit, ...how, '', optionMarker(option.key)].join('\n');
}

export function discussionTitle(poll: PollEntry, site: Site): string {
  return `Poll: ${localize(poll.data.title, site.defaultLanguage, site.defaultLanguage)}`;
}

export function discussionBody(poll: PollEntry, site: Site, pageUrl: string): string {
  const lang = site.defaultLanguage;
  const d = poll.data;
  const how =
    d.type === 'single'
      ? 'Give a 👍 to **one** option comment below. A 👍 on more than one option spoils your ballot.'
      : 'Give a 👍 to **every** option comment below that you approve of.';
  const suggest = d.suggestions
    ? [
      `**Suggest an option** until ${new Date(d.suggestions.until).toISOString()}: write a new comment (not a reply) whose first line is \`Option: \` followed by your option in plain words, e.g. \`Option: Saturday mornings\`. Support a suggestion with a 👍 on its comment. When voting opens, every suggestion supported by at least ${d.suggestions.support} member${d.suggestions.support === 1 ? '' : 's'} who may vote becomes an option. A 👍 counts for the words it was given to: editing a suggestion starts its support again, and a suggestion edited after the period ended is not added.`,
      '',
      `The option comments to vote on are posted when voting opens.`,
      '',
    ]
    : [];
  return [
    localize(d.question, lang, lang),
    '',
    ...suggest,
    `Voting runs from ${new Date(d.opens).toISOString()} to ${new Date(d.closes).toISOString()}.`,
    how,
    'Only 👍 on the option comments count: other reactions, replies and reactions on replies are not votes. Reactions on GitHub are public.',
    d.proposal ? `This poll decides pull request #${d.proposal}.` : '',
    '',
    `Details, counting rules and results: ${pageUrl}`,
    '',
    pollMarker(poll.id),
  ].filter((l, i, all) => !(l === '' && all[i - 1] === '')).join('\n');
}

/**
 * The hidden line that ties a discussion to the poll it was created for. If `polls:open` created the
 * discussion but its `discussion:` line never reached main, the next run finds the discussion by this
 * marker and adopts it instead of opening a second ballot.
 */
export function pollMarker(id: string): string {
  return `<!-- chapterhouse-poll: ${id} -->`;
}

export function markedPollId(body: string): string | null {
  return /<!--\s*chapterhouse-poll:\s*([a-z0-9-]+)\s*-->/.exec(body)?.[1] ?? null;
}

/** The state recorded at opening: everything the vote depends on, and its digest. */
export function openedState(id: string, openedAt: Date, frozen: FrozenPoll): PollState {
  return { format: POLL_FILE_FORMAT, id, openedAt: openedAt.toISOString(), frozen, frozenDigest: digestOf(frozen) };
}
