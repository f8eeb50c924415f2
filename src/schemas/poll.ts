import { z } from 'zod';
import { localizedText, slug, timestamp } from './common.ts';
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
    threshold: thresholdSchema.optional(),
    /** Pull request this poll decides: it passes when the poll is decided with winner `yes`. */
    proposal: positiveInt.optional(),
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
  threshold: thresholdSchema,
  /** null only before `polls:open` has created the discussion. */
  discussion: positiveInt.nullable(),
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

/** Everything a vote depends on, fixed when voting opens. */
export const frozenPollSchema = z.strictObject({
  rules: pollRulesSchema,
  /** The proposal pull request and its head commit when voting opened; null when the poll decides none. */
  proposal: proposalRefSchema.nullable(),
  /** The ballot boxes: only 👍 on these comments are votes. */
  optionComments: z.array(optionCommentRefSchema),
  /** Who may vote, sorted by login (case-insensitively). */
  electorate: z.array(electorateEntrySchema),
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
