import { progress, runCommand, UsageError } from '../src/lib/cli/command.ts';
import { parseTimestampFlag } from '../src/lib/cli/values.ts';
import { ContentError } from '../src/lib/errors.ts';
import { compareTexts } from '../src/lib/proposals/amendment.ts';
import type { ProposalSummary } from '../src/lib/proposals/list.ts';
import { loadProposals, proposalChanges } from '../src/lib/proposals/load.ts';
import { pollPhaseAt } from '../src/lib/proposals/lifecycle.ts';
import { proposalState } from '../src/schemas/proposal.ts';

const command = {
  name: 'npm run proposals',
  summary:
    'list the pull requests labeled as proposals with their state, poll and gate, and what each changes in the text ' +
    '(from git, head against base). Read-only: it writes nothing, here or on GitHub.',
  flags: {
    json: { type: 'boolean', description: 'print the list as JSON on stdout' },
    state: { type: 'string', value: 'state', description: `only proposals in this state: open, past, or one of ${proposalState.options.join(', ')}` },
    now: { type: 'string', value: 'ISO time', description: 'judge poll phases as of this time (default: now)' },
  },
  examples: ['npm run proposals', 'npm run proposals -- --state open --json'],
} as const;

await runCommand(command, async ({ flags }) => {
  const json = flags.json;
  const now = flags.now ? parseTimestampFlag('--now', flags.now) : new Date();
  const filter = flags.state;
  if (filter && filter !== 'open' && filter !== 'past' && !proposalState.safeParse(filter).success) {
    throw new UsageError(`--state "${filter}" is not a proposal state: use open, past or one of ${proposalState.options.join(', ')}`);
  }

  const { proposals, problems } = loadProposals({ now });
  if (problems.length) throw new ContentError(problems);
  const shown = proposals.filter((p) => !filter || (filter === 'open' ? p.open : filter === 'past' ? !p.open : p.state === filter));
  if (proposals.length === 0) progress('No proposals in the snapshot: run "npm run sync" first, and label proposal pull requests "proposal" (site.yml proposals.label).');

  const rows = shown.map((p) => ({ p, changes: summarizeChanges(p) }));
  for (const { p, changes } of rows) {
    if (!changes.available) progress(`#${p.number}: its commits are not in this clone; fetch the proposal: ${changes.fetch}`);
  }

  if (json) {
    process.stdout.write(`${JSON.stringify({ proposals: rows.map(({ p, changes }) => toJson(p, changes, now)) }, null, 2)}\n`);
    return 0;
  }
  for (const { p, changes } of rows) {
    const poll = p.poll ? `poll ${p.poll.id} (${pollPhaseAt(p.poll, now)}${p.poll.result && pollPhaseAt(p.poll, now) === 'closed' ? `, ${p.poll.result.tally.outcome}${p.poll.result.tally.winner ? ` ${p.poll.result.tally.winner}` : ''}` : ''})` : 'no poll';
    const docs = changes.available ? changes.files.map((f) => `${f.file}${f.textChanged ? '' : ' (no change to the text)'}`).join(', ') || 'no files' : 'commits not fetched';
    process.stdout.write(`${`#${p.number}`.padEnd(5)} ${p.state.padEnd(13)}  gate ${p.gate.status.padEnd(7)}  ${p.title}\n`);
    process.stdout.write(`      by ${p.author ?? 'ghost'} · ${poll} · ${p.gate.reason}\n      changes: ${docs}\n`);
  }
  return 0;
});

type Changes = ReturnType<typeof summarizeChanges>;

function summarizeChanges(p: ProposalSummary) {
  const changes = proposalChanges(p);
  if (!changes.available) return changes;
  return {
    available: true as const,
    files: changes.files.map((f) => {
      if (!f.kind) return { file: f.file, lang: f.lang, textChanged: true, counts: null };
      const a = compareTexts(f.before, f.after, f.lang ?? 'en');
      return { file: f.file, lang: f.lang, textChanged: a.changed, counts: a.counts };
    }),
  };
}

function toJson(p: ProposalSummary, changes: Changes, now: Date) {
  return {
    number: p.number,
    title: p.title,
    url: p.url,
    author: p.author,
    state: p.state,
    gate: p.gate,
    createdAt: p.createdAt,
    endedAt: p.endedAt,
    headSha: p.headSha,
    baseSha: p.baseSha,
    poll: p.poll
      ? { id: p.poll.id, phase: pollPhaseAt(p.poll, now), outcome: p.poll.result?.tally.outcome ?? null, winner: p.poll.result?.tally.winner ?? null, discussion: p.poll.discussion }
      : null,
    changes,
  };
}
