import { localize, type PollData, type PollOption, type PollResult } from '../../schemas/index.ts';
import { chapterMajorities } from './double-majority.ts';

/** The one comment `tally` keeps up to date in a poll's discussion; found again by this marker. */
export const SUMMARY_MARKER = '<!-- chapterhouse-poll-summary -->';

/** Short figures for a status line: "yes 12, no 3, abstain 2; 17 of 40 voted (quorum 10)". */
export function figures(result: PollResult): string {
  const t = result.tally;
  const options = t.options.map((o) => `${o.key} ${o.votes}`).join(', ');
  const spoiled = t.spoiled ? `, ${t.spoiled} spoiled` : '';
  return `${options}; ${t.voters} of ${t.eligible} voted${spoiled} (quorum ${t.quorumNeeded})`;
}

const OUTCOME_TEXT = {
  open: 'Voting is open.',
  'no-quorum': 'Closed without quorum: nothing was decided.',
  'no-majority': 'Closed: no option reached the threshold, so nothing was decided.',
  decided: 'Closed and decided.',
} as const;

/** The default language's voting line: English, as GitHub's side of the record has always been written. */
export const HOW_TO_VOTE = (pageUrl: string) => `To vote, give a 👍 to one option comment above. Only 👍 on option comments count. Details and voters: ${pageUrl}`;

/**
 * Markdown for the summary comment. It carries no clock time, so re-running the tally on the same
 * data leaves the comment untouched instead of editing it on every run.
 */
export function summaryComment(poll: PollData, result: PollResult, lang: string, pageUrl: string, choices: readonly PollOption[] = poll.options, otherLanguages: readonly string[] = []): string {
  const t = result.tally;
  const label = (key: string) => localize(choices.find((o) => o.key === key)?.label ?? key, lang, lang);
  const rows = t.options.map((o) => `| ${escapeCell(label(o.key))} | ${o.votes} |`);
  const lines = [
    SUMMARY_MARKER,
    `### Count: ${escapeCell(localize(poll.title, lang, lang))}`,
    '',
    result.phase === 'upcoming' ? 'Voting has not started yet.' : OUTCOME_TEXT[t.outcome],
    t.outcome === 'decided' && t.winner ? `Winner: **${escapeCell(label(t.winner))}**` : '',
    '',
    '| Option | Votes |',
    '| --- | ---: |',
    ...rows,
    '',
    `Turnout: ${t.voters} of ${t.eligible} eligible members (quorum: ${t.quorumNeeded}, ${t.quorumMet ? 'met' : 'not met yet'}).` +
      (t.spoiled ? ` Spoiled ballots (👍 on more than one option): ${t.spoiled}.` : ''),
    ...(result.rules.scope ? [`Who votes: the members of ${result.rules.scope.chapter !== undefined ? `chapter ${result.rules.scope.chapter}` : `the chapters in ${result.rules.scope.country}`}.`] : []),
    ...chapterLines(t, label),
    `Threshold: ${result.rules.threshold}. Window: ${result.rules.opens} to ${result.rules.closes}.`,
    '',
    HOW_TO_VOTE(pageUrl),
    // How to vote in the site's other languages (polls/voting-words.ts), each line linking to its own page.
    ...otherLanguages,
    '',
    `_Counted by \`npm run tally\` from data digest \`${result.inputDigest.slice(0, 19)}\`${result.frozen ? '; this result is final' : ''}._`,
    witnessLine(result),
  ];
  return lines.filter((l, i, all) => !(l === '' && all[i - 1] === '')).join('\n');
}

/**
 * What the summary comment witnesses, outside the repository: the digest of the frozen state (rules,
 * proposal head, ballot boxes, electorate), the digest of the counted votes, and whether the count is final.
 * `tally --verify --github` compares committed files with it; the tally never changes a final one.
 */
export interface Witness {
  frozenDigest: string;
  inputDigest: string;
  final: boolean;
}

export function witnessLine(result: PollResult): string {
  return `<!-- chapterhouse-record frozen=${result.input.frozenDigest} input=${result.inputDigest} final=${result.frozen ? 'yes' : 'no'} -->`;
}

export function readWitness(body: string): Witness | null {
  const m = /<!-- chapterhouse-record frozen=(sha256:[0-9a-f]{64}) input=(sha256:[0-9a-f]{64}) final=(yes|no) -->/.exec(body);
  return m ? { frozenDigest: m[1]!, inputDigest: m[2]!, final: m[3] === 'yes' } : null;
}

/** A double majority's second count, in one line: chapters taking part, and how many each option won. */
function chapterLines(t: PollResult['tally'], label: (key: string) => string): string[] {
  if (!t.chapters) return [];
  const m = chapterMajorities(t.chapters);
  const won = t.options.filter((o) => m.won.has(o.key)).map((o) => `${escapeCell(label(o.key))} ${m.won.get(o.key)}`).join(', ');
  return [`Chapters with valid votes: ${m.counted} (a double majority needs more than half of them). Chapters won: ${won || 'none'}.`];
}

const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The poll's page on the published site, for links written into GitHub. */
export function pollPageUrl(siteUrl: string, lang: string, id: string): string {
  return new URL(`${lang}/polls/${id}/`, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
}
