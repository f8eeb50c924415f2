import { Random } from '../../test/fake-github/random.ts';
import { DAY, FOUNDED, eligibleAt, isoSecond, type SyntheticChapter, type SyntheticMember } from './people.ts';
import type { OrgShape } from './shape.ts';
import { title } from './text.ts';

/**
 * Polls of a synthetic organization: most closed, some open now, a few upcoming; yes/no/abstain questions,
 * choices between chapters, and approval polls. Each carries the ballots its members cast (who 👍 which
 * options), which the GitHub side turns into reactions.
 */

export interface SyntheticPoll {
  id: string;
  title: string;
  question: string;
  type: 'single' | 'approval';
  options: { key: string; label: string }[];
  opens: string;
  closes: string;
  /** The poll's discussion; absent while the poll is upcoming (`polls:open` would create it). */
  discussion?: number;
  quorum: number;
  ballots: { voter: string; options: number[] }[];
}

export function syntheticPolls(shape: OrgShape, chapters: readonly SyntheticChapter[], roster: readonly SyntheticMember[], firstNumber: number): SyntheticPoll[] {
  const rnd = new Random(shape.seed + 7);
  const now = Date.parse(shape.now);
  let number = firstNumber;
  return Array.from({ length: shape.polls }, (_, i) => {
    const phase = rnd.next();
    const length = rnd.int(7, 21) * DAY;
    // 85 % closed, 10 % open now, 5 % upcoming.
    const opens = phase < 0.85
      ? FOUNDED + 30 * DAY + Math.floor(rnd.next() * (now - FOUNDED - 60 * DAY - length))
      : phase < 0.95 ? now - rnd.int(1, 6) * DAY : now + rnd.int(2, 20) * DAY;
    const roll = rnd.next();
    const type: SyntheticPoll['type'] = roll < 0.15 ? 'approval' : 'single';
    const options = roll < 0.6
      ? [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }, { key: 'abstain', label: 'Abstain' }]
      : rnd.shuffle(chapters).slice(0, Math.min(chapters.length, rnd.int(3, 5))).map((c) => ({ key: c.id, label: c.name }));
    if (options.length < 2) options.push({ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' });
    const poll: SyntheticPoll = {
      id: `poll-${i + 1}`,
      title: title(rnd, 'en'),
      question: `${title(rnd, 'en', 8)}?`,
      type,
      options,
      opens: isoSecond(opens),
      closes: isoSecond(opens + length),
      quorum: 0.05,
      ballots: [],
    };
    if (opens > now) return poll;
    poll.discussion = number++;
    // Turnout between 2 % and 12 % of those eligible: some polls reach the 5 % quorum, some do not.
    const eligible = rnd.shuffle(eligibleAt(roster, poll.opens, poll.closes));
    const turnout = Math.round(eligible.length * (0.02 + rnd.next() * 0.1));
    const choices = options.map((o, k) => (o.key === 'abstain' ? 0.5 : options.length - k));
    for (const voter of eligible.slice(0, turnout)) {
      const first = weighted(rnd, choices);
      // Approval voters may approve a second option; one single-choice voter in a hundred spoils the ballot.
      const second = (type === 'approval' && rnd.next() < 0.4) || rnd.next() < 0.01 ? weighted(rnd, choices) : first;
      poll.ballots.push({ voter: voter.github, options: [...new Set([first, second])] });
    }
    return poll;
  });
}

function weighted(rnd: Random, weights: readonly number[]): number {
  let x = rnd.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

/** `content/polls/<id>.yml`. */
export function pollFile(poll: SyntheticPoll): string {
  const lines = [
    `title: ${JSON.stringify(poll.title)}`,
    `question: ${JSON.stringify(poll.question)}`,
    `type: ${poll.type}`,
    'options:',
    ...poll.options.map((o) => `  - { key: ${JSON.stringify(o.key)}, label: ${JSON.stringify(o.label)} }`),
    `opens: ${poll.opens}`,
    `closes: ${poll.closes}`,
    ...(poll.discussion === undefined ? [] : [`discussion: ${poll.discussion}`]),
    `quorum: ${poll.quorum}`,
  ];
  return `${lines.join('\n')}\n`;
}
