import { ABSTAIN, loginKey, type Comment, type ElectorateEntry, type FrozenSuggestion, type PollOption, type PollSuggestions } from '../../schemas/index.ts';
import { botKey } from './eligibility.ts';

/**
 * Options members add. During a poll's suggestion period any member may suggest an option with a top-level
 * comment in the poll's discussion whose first line is `Option: <label>`, and members support it with 👍.
 * When voting opens, `polls:open` judges every suggestion with this one pure function and freezes the verdicts
 * in the poll's state; the site shows the same judgement, provisionally, while the period runs.
 *
 * What counts, and why:
 *   - a suggestion is posted before the period ends, by a member who may vote in the poll;
 *   - its label is plain words (no markup, links, mentions or markers), at most 80 characters;
 *   - support is a 👍 by a member who may vote in the poll (counted by GitHub account id), other than the
 *     author, given before the period ends and after the suggestion's last edit: a 👍 supports the words it
 *     was given to, so rewording a suggestion starts its support again;
 *   - a suggestion edited after the period ended is not added: the words members supported can no longer be
 *     told from the words it carries now;
 *   - a suggestion that repeats an option (or an earlier suggestion) is not added: support the earlier one;
 *   - hiding a suggestion (minimizing it) changes nothing: support decides, not a maintainer's click.
 */

export const MAX_LABEL = 80;
const FIRST_LINE = /^option\s*:\s*(.*)$/i;
// Anything that would be markup, a link, a mention, a table cell or a hidden marker in the bot's option comment,
// and the invisible characters that make a label look like another: direction overrides and isolates, zero-width
// spaces. (The zero-width joiners that Persian words and emoji need are allowed.)
const NOT_PLAIN = /[<>[\]{}`|\\*_~@\u0000-\u001f\u007f\u200b\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

/** The label a comment suggests, or null when its first line is not `Option: …`. */
export function suggestedLabel(body: string): string | null {
  const first = body.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '');
  const m = first === undefined ? null : FIRST_LINE.exec(first);
  return m ? m[1]!.replace(/\s+/g, ' ').trim() : null;
}

/** Why a label cannot be an option, or null when it can. */
export function labelProblem(label: string): string | null {
  if (label === '') return 'the first line says "Option:" but names no option';
  if ([...label].length > MAX_LABEL) return `the option is longer than ${MAX_LABEL} characters`;
  if (NOT_PLAIN.test(label)) return 'the option contains markup characters (< > [ ] { } ` | \\ * _ ~ @); write it in plain words';
  return null;
}

/** A safe, stable option key for a label: its words in lowercase ASCII joined by hyphens, never `abstain`. */
export function optionKeyFor(label: string, taken: ReadonlySet<string>): string {
  const slug = label.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  const base = slug || 'suggestion';
  for (let n = 1; ; n += 1) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(key) && key !== ABSTAIN) return key;
  }
}

/** Labels compare as words: case, accents, spacing and punctuation aside. */
export function sameWords(a: string, b: string): boolean {
  return words(a) === words(b);
}
const words = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export interface JudgeInput {
  /** The discussion's top-level comments (replies are never suggestions). */
  comments: readonly Comment[];
  period: PollSuggestions;
  /** Who may vote in the poll, with account ids: the only members who may suggest and support. */
  electorate: readonly ElectorateEntry[];
  /** The options the poll file lists. */
  options: readonly PollOption[];
  /** The bot's comments (option comments, the summary) are never suggestions. */
  bot: string;
}

export function judgeSuggestions({ comments, period, electorate, options, bot }: JudgeInput): FrozenSuggestion[] {
  const until = Date.parse(period.until);
  const members = new Map(electorate.filter((e) => e.id !== null).map((e) => [loginKey(e.login), e]));
  const loginOfId = new Map(electorate.filter((e) => e.id !== null).map((e) => [e.id!, e.login]));
  const taken = new Set(options.map((o) => o.key));
  const earlier: { label: string; ref: string }[] = options.flatMap((o) => (typeof o.label === 'string' ? [o.label] : Object.values(o.label)).map((label) => ({ label, ref: o.key })));
  const out: FrozenSuggestion[] = [];

  const ordered = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  for (const c of ordered) {
    if (c.deletedAt) continue;
    const author = c.author?.login ?? null;
    if (author !== null && botKey(author) === botKey(bot)) continue;
    const label = suggestedLabel(c.body);
    if (label === null) continue;
    const member = author === null ? undefined : members.get(loginKey(author));
    const edited = c.lastEditedAt === null ? null : Date.parse(c.lastEditedAt);
    const thumbs = c.reactions.filter((r) => r.content === 'THUMBS_UP');
    const supporters = [...new Set(thumbs.flatMap((r) => {
      const at = Date.parse(r.createdAt);
      const login = r.userId == null ? undefined : loginOfId.get(r.userId);
      if (login === undefined || r.userId === member?.id || at >= until || (edited !== null && at < edited)) return [];
      return [login];
    }))].sort((a, b) => (loginKey(a) < loginKey(b) ? -1 : loginKey(a) > loginKey(b) ? 1 : 0));
    const entry: FrozenSuggestion = {
      commentId: c.id, url: c.url, author, label, createdAt: c.createdAt, lastEditedAt: c.lastEditedAt,
      status: 'below-threshold', key: null, supporters, notCounted: thumbs.length - supporters.length, duplicateOf: null,
    };
    const twin = earlier.find((e) => sameWords(e.label, label));
    if (Date.parse(c.createdAt) >= until) entry.status = 'late';
    else if (labelProblem(label)) entry.status = 'invalid-label';
    else if (!member) entry.status = 'not-a-member';
    else if (edited !== null && edited >= until) entry.status = 'edited-late';
    else if (twin) {
      entry.status = 'duplicate';
      entry.duplicateOf = twin.ref;
    } else {
      earlier.push({ label, ref: c.id });
      if (supporters.length >= period.support) {
        entry.status = 'added';
        entry.key = optionKeyFor(label, taken);
        taken.add(entry.key);
      }
    }
    out.push(entry);
  }
  return out;
}
