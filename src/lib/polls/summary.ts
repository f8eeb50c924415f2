import { localize, type PollData, type PollResult } from '../../schemas/index.ts';

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

/**
 * Markdown for the summary comment. It carries no clock time, so re-running the tally on the same
 * data leaves the comment untouched instead of editing it on every run.
 */
export function summaryComment(poll: PollData, result: PollResult, lang: string, pageUrl: string): string {
  const t = result.tally;
  const label = (key: string) => localize(poll.options.find((o) => o.key === key)?.label ?? key, lang, lang);
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
    `Threshold: ${result.rules.threshold}. Window: ${result.rules.opens} to ${result.rules.closes}.`,
    '',
    `To vote, give a 👍 to one option comment above. Only 👍 on option comments count. Details and voters: ${pageUrl}`,
    '',
    `_Counted by \`npm run tally\` from data digest \`${result.inputDigest.slice(0, 19)}\`${result.frozen ? '; this result is final' : ''}._`,
  ];
  return lines.filter((l, i, all) => !(l === '' && all[i - 1] === '')).join('\n');
}

const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The poll's page on the published site, for links written into GitHub. */
export function pollPageUrl(siteUrl: string, lang: string, id: string): string {
  return new URL(`${lang}/polls/${id}/`, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
}
