import { z } from 'zod';
import { countryCode, localizedText, slug, timestamp } from './common.ts';
import { thresholdSchema } from './site.ts';

/**
 * Polls. Three files per poll, each with one job:
 *   content/polls/<id>.yml            the definition, written by people in a pull request
 *   content/polls/state/<id>.json     the frozen state, written by `npm run polls:open` when voting starts
 *   content/polls/results/<id>.json   the result and the votes it was counted from, written by `npm run tally`
 * State and results are append-only: once on main, a state never changes and a final result never does.
 */

export const pollType = z.enum(['single', 'approval']);
export type PollType = z.infer<typeof pollType>;

/** The option key that takes part without choosing: counted for quorum, never for the threshold. */
export const ABSTAIN = 'abstain';

/** The marker that makes a discussion comment an option comment: `<!-- poll-option: yes -->`. */
export const pollOptionKey = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens for an option key, e.g. "yes" or "lisbon"');

export const pollOptionSchema = z.strictObject({
  key: pollOptionKey,
  label: localizedText,
});
export type PollOption = z.infer<typeof pollOptionSchema>;

const positiveInt = z.number().int().positive();

/**
 * The thresholds a poll can use: the site's defaults, and `double-majority`, which also needs a majority of the
 * chapters taking part (src/lib/polls/double-majority.ts). It is never a site default: it is meaningless for a
 * poll of one chapter, so a poll asks for it by name.
 */
export const pollThresholdSchema = z.enum([...thresholdSchema.options, 'double-majority']);
export type PollThreshold = z.infer<typeof pollThresholdSchema>;

/**
 * Who a poll is for: one chapter (`{ chapter: lisbon }`) or the chapters of one country (`{ country: PT }`).
 * Without a scope a poll is for the whole organization. Whether the chapter or country exists is the content
 * check's cross-check (src/lib/polls/scope.ts), since the schema does not know the chapters.
 */
export const pollScopeSchema = z
  .strictObject({ chapter: slug.optional(), country: countryCode.optional() })
  .superRefine((s, ctx) => {
    const given = [s.chapter, s.country].filter((v) => v !== undefined).length;
    if (given !== 1) {
      ctx.addIssue({ code: 'custom', message: `name exactly one chapter or one country, e.g. "scope: { chapter: lisbon }" or "scope: { country: PT }"${given ? ', not both' : ''}; leave scope out for a poll of the whole organization` });
    }
  });
export type PollScope = z.infer<typeof pollScopeSchema>;

/**
 * A suggestion period before voting: until `until`, members suggest options in the poll's discussion (a
 * top-level comment whose first line is `Option: <label>`) and support them with 👍; when voting opens, each
 * suggestion with at least `support` supporting eligible members becomes an option (src/lib/polls/suggestions.ts).
 */
export const pollSuggestionsSchema = z.strictObject({
  until: timestamp,
  support: z
    .number({ error: 'write how many members must support a suggestion, e.g. "support: 3"' })
    .int('write a whole number of members, e.g. "support: 3"')
    .min(1, 'support must be at least 1: the number of eligible members whose 👍 a suggestion needs to become an option'),
});
export type PollSuggestions = z.infer<typeof pollSuggestionsSchema>;

/** `content/polls/<id>.yml`. The file name is the poll id. */
export const pollSchema = z
  .strictObject({
    title: localizedText,
    question: localizedText,
    /** Optional background shown on the poll page, above the options. */
    summary: localizedText.optional(),
    type: pollType,
    options: z.array(pollOptionSchema).min(2, 'a poll needs at least two options'),
    opens: timestamp,
    closes: timestamp,
    /** Number of the discussion that holds the vote; `polls:open` creates one when this is missing. */
    discussion: positiveInt.optional(),
    /** Fraction of eligible members who must take part; site.yml `polls.quorum` when missing. */
    quorum: z.number().min(0).max(1).optional(),
    /** site.yml `polls.threshold` when missing. */
    threshold: pollThresholdSchema.optional(),
    /** Pull request this poll decides: it passes when the poll is decided with winner `yes`. */
    proposal: positiveInt.optional(),
    /** One chapter or one country; the whole organization when missing. */
    scope: pollScopeSchema.optional(),
    /** A period before voting in which members add options. */
    suggestions: pollSuggestionsSchema.optional(),
  })
  .superRefine((poll, ctx) => {
    if (Date.parse(poll.closes) <= Date.parse(poll.opens)) {
      ctx.addIssue({ code: 'custom', path: ['closes'], message: `closes (${poll.closes}) must be after opens (${poll.opens}); move one of them` });
    }
    const seen = new Set<string>();
    poll.options.forEach((o, i) => {
      if (seen.has(o.key)) ctx.addIssue({ code: 'custom', path: ['options', i, 'key'], message: `option "${o.key}" is listed twice; keep one` });
      seen.add(o.key);
    });
    if (poll.options.filter((o) => o.key !== ABSTAIN).length < 2) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a poll needs at least two options besides "abstain"' });
    }
    if (poll.proposal !== undefined && !(seen.has('yes') && seen.has('no'))) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a poll that decides a proposal needs the options "yes" and "no" (and "abstain" if wanted)' });
    }
    if (poll.threshold === 'double-majority') {
      if (poll.scope?.chapter !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['threshold'], message: `a double majority counts chapters, but this poll is for one chapter (${poll.scope.chapter}): use "threshold: simple-majority", or widen the scope` });
      }
      if (poll.type === 'approval') {
        ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'a double majority counts each chapter\'s one choice, so it needs "type: single"' });
      }
    }
    if (poll.suggestions) {
      if (Date.parse(poll.suggestions.until) > Date.parse(poll.opens)) {
        ctx.addIssue({ code: 'custom', path: ['suggestions', 'until'], message: `the suggestion period (until ${poll.suggestions.until}) overlaps voting, which opens ${poll.opens}: end it at or before the opening time` });
      }
      if (poll.proposal !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['suggestions'], message: 'a poll that decides a proposal asks yes or no, so members cannot add options to it: remove "suggestions", or "proposal"' });
      }
    }
  });
export type PollData = z.infer<typeof pollSchema>;

/** A poll definition with its id (the file name) and where it came from. */
export interface PollEntry {
  id: string;
  file: string;
  data: PollData;
  /** The YAML text, when read from disk: lets messages point at a line. */
  source?: string;
}

/**
 * The rules that freeze when voting starts. Timestamps are normalized to UTC so that moving the same
 * instant to another time zone is not a change; quorum and threshold are the effective values.
 */
export const pollRulesSchema = z.strictObject({
  type: pollType,
  options: z.array(pollOptionKey),
  opens: timestamp,
  closes: timestamp,
  quorum: z.number().min(0).max(1),
  threshold: pollThresholdSchema,
  /** null only before `polls:open` has created the discussion. */
  discussion: positiveInt.nullable(),
  /** Absent for a poll of the whole organization (and in states frozen before scopes existed). */
  scope: pollScopeSchema.optional(),
});
export type PollRules = z.infer<typeof pollRulesSchema>;

const sha256Hex = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'expected "sha256:" followed by 64 hex digits');
const gitSha = z.string().regex(/^[0-9a-f]{40}$/, 'expected a 40-digit commit SHA');

export const optionCommentRefSchema = z.strictObject({
  key: pollOptionKey,
  /** GraphQL node id of the comment. */
  id: z.string(),
  url: z.string(),
  author: z.string(),
});
export type OptionCommentRef = z.infer<typeof optionCommentRefSchema>;

/**
 * One member who may vote in a poll, as frozen when it opened. Votes are counted by `id` (the GitHub account
 * id), never by login. `chapter` is kept so that a poll limited to some chapters can filter the same list.
 */
export const electorateEntrySchema = z.strictObject({
  /** As spelled on the roster when the poll opened: the name results show. */
  login: z.string(),
  /** GitHub account id; null when the account could not be confirmed at opening (such a member cannot vote in it). */
  id: z.number().int().positive().nullable(),
  chapter: slug,
});
export type ElectorateEntry = z.infer<typeof electorateEntrySchema>;

export const proposalRefSchema = z.strictObject({ number: positiveInt, headSha: gitSha });
export type ProposalRef = z.infer<typeof proposalRefSchema>;

export const suggestionStatus = z.enum(['added', 'below-threshold', 'edited-late', 'late', 'duplicate', 'not-a-member', 'invalid-label']);
export type SuggestionStatus = z.infer<typeof suggestionStatus>;

/** One suggestion as judged when voting opened: what it said, who supported it, and what came of it. */
export const frozenSuggestionSchema = z.strictObject({
  /** GraphQL node id of the suggestion's comment. */
  commentId: z.string(),
  url: z.string(),
  /** Its author's login when judged; null for a deleted account. */
  author: z.string().nullable(),
  /** The text after "Option:", whitespace collapsed; "" when there was none. */
  label: z.string(),
  createdAt: timestamp,
  lastEditedAt: timestamp.nullable(),
  status: suggestionStatus,
  /** The option key it was added as; null unless `status` is `added`. */
  key: pollOptionKey.nullable(),
  /** Eligible members (roster spelling at opening) whose 👍 counted as support, sorted. */
  supporters: z.array(z.string()),
  /** 👍 that did not count: by people who cannot vote in the poll, the author's own, outside the period, or before the last edit. */
  notCounted: z.number().int().nonnegative(),
  /** For `duplicate`: the option key, or the comment id of the earlier suggestion, it repeats. */
  duplicateOf: z.string().nullable(),
});
export type FrozenSuggestion = z.infer<typeof frozenSuggestionSchema>;

export const frozenSuggestionsSchema = z.strictObject({
  until: timestamp,
  support: z.number().int().min(1),
  /** Every comment that made a suggestion, oldest first. */
  entries: z.array(frozenSuggestionSchema),
});
export type FrozenSuggestions = z.infer<typeof frozenSuggestionsSchema>;

/** Everything a vote depends on, fixed when voting opens. */
export const frozenPollSchema = z.strictObject({
  rules: pollRulesSchema,
  /** The proposal pull request and its head commit when voting opened; null when the poll decides none. */
  proposal: proposalRefSchema.nullable(),
  /** The ballot boxes: only 👍 on these comments are votes. */
  optionComments: z.array(optionCommentRefSchema),
  /** Who may vote, sorted by login (case-insensitively). */
  electorate: z.array(electorateEntrySchema),
  /** The suggestion period's outcome, for a poll that had one; its added options are in `rules.options`. */
  suggestions: frozenSuggestionsSchema.optional(),
});
export type FrozenPoll = z.infer<typeof frozenPollSchema>;

/** The format of state and result files; files written before it (format 1) are read only by the history check. */
export const POLL_FILE_FORMAT = 2;
const format = z.literal(POLL_FILE_FORMAT, {
  error: 'this file is in an older format: regenerate it (see CONTRIBUTING, "The demo\'s data") or restore it from git history',
});

/** `content/polls/state/<id>.json`: what `polls:open` recorded when voting started. Never changes afterwards. */
export const pollStateSchema = z.strictObject({
  format,
  id: z.string(),
  openedAt: timestamp,
  frozen: frozenPollSchema,
  /** sha256 of the canonical JSON of `frozen`; also carried by the poll's summary comment on GitHub. */
  frozenDigest: sha256Hex,
});
export type PollState = z.infer<typeof pollStateSchema>;

/** Every 👍 on an option comment, as GitHub reported it: the raw material of the count. */
export const voteReactionSchema = z.strictObject({
  key: pollOptionKey,
  /** The login when synced; null for a deleted ("ghost") account. Shown, never counted by. */
  user: z.string().nullable(),
  /** The account id the vote is counted by; null for a deleted account or a snapshot without ids. */
  userId: z.number().int().positive().nullable(),
  createdAt: timestamp,
});
export type VoteReaction = z.infer<typeof voteReactionSchema>;

/** What a count is made from besides the frozen state (which `frozenDigest` pins). */
export const ballotInputSchema = z.strictObject({
  frozenDigest: sha256Hex,
  reactions: z.array(voteReactionSchema),
});
export type BallotInput = z.infer<typeof ballotInputSchema>;

export const pollOutcome = z.enum(['open', 'no-quorum', 'no-majority', 'decided']);
export type PollOutcome = z.infer<typeof pollOutcome>;

export const pollPhase = z.enum(['upcoming', 'open', 'closed']);
export type PollPhase = z.infer<typeof pollPhase>;

export const optionTallySchema = z.strictObject({
  key: pollOptionKey,
  votes: z.number().int().nonnegative(),
  /** Who gave this option a counted 👍, roster spelling, sorted. */
  voters: z.array(z.string()),
});
export type OptionTally = z.infer<typeof optionTallySchema>;

/** One chapter's figures in a double-majority poll (chapters as frozen in the electorate at opening). */
export const chapterTallySchema = z.strictObject({
  id: slug,
  eligible: z.number().int().nonnegative(),
  voters: z.number().int().nonnegative(),
  /** Non-abstain votes of unspoiled ballots: a chapter with none is not counted among the chapters. */
  validVotes: z.number().int().nonnegative(),
  options: z.array(z.strictObject({ key: pollOptionKey, votes: z.number().int().nonnegative() })),
  /** The option with more than half of the chapter's valid votes; null when none has (a tie, or no valid votes). */
  winner: pollOptionKey.nullable(),
});
export type ChapterTally = z.infer<typeof chapterTallySchema>;

export const pollTallySchema = z.strictObject({
  outcome: pollOutcome,
  /** The winning option key; null unless `outcome` is `decided`. */
  winner: pollOptionKey.nullable(),
  eligible: z.number().int().nonnegative(),
  voters: z.number().int().nonnegative(),
  spoiled: z.number().int().nonnegative(),
  quorumMet: z.boolean(),
  /** Votes for `abstain` (they count for quorum only). */
  abstained: z.number().int().nonnegative(),
  /** The threshold's denominator: non-abstain votes of unspoiled ballots (approval: members who approved something). */
  validVotes: z.number().int().nonnegative(),
  /** Fewest voters that meet the quorum. */
  quorumNeeded: z.number().int().nonnegative(),
  options: z.array(optionTallySchema),
  spoiledBallots: z.array(z.string()),
  /** Double-majority polls only: each chapter of the electorate, sorted by id. */
  chapters: z.array(chapterTallySchema).optional(),
});
export type PollTally = z.infer<typeof pollTallySchema>;

/** `content/polls/results/<id>.json`. */
export const pollResultSchema = z.strictObject({
  format,
  id: z.string(),
  phase: pollPhase,
  /**
   * true once the poll has closed, a sync that started after closing was counted, and the count was published
   * in the poll's summary comment on GitHub: later runs never rewrite it.
   */
  frozen: z.boolean(),
  /** The sync time of the snapshot a final result was counted from (after closing); null until final. */
  syncedAt: timestamp.nullable(),
  /** The frozen rules, repeated for readers of this file. */
  rules: pollRulesSchema,
  /** sha256 of the canonical JSON of `input`: the digest the summary comment on GitHub witnesses. */
  inputDigest: sha256Hex,
  input: ballotInputSchema,
  tally: pollTallySchema,
});
export type PollResult = z.infer<typeof pollResultSchema>;
