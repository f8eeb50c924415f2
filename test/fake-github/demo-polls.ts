import type { Member } from '../../src/schemas/member.ts';
import type { FakeGitHubData, ReactionKind } from './dataset.ts';
import { Random } from './random.ts';

/**
 * The demo's poll discussions: option comments by the bot, 👍 votes by eligible roster members inside the
 * window, and the noise that must not count (early or late reactions, other emoji, a 👍 on a reply, a
 * look-alike option comment, a non-member's vote). The counts per option are chosen here; who votes is
 * drawn from the roster with a fixed seed. A poll of one chapter draws from that chapter; a double-majority
 * poll chooses its ballots chapter by chapter; a poll with a suggestion period has its discussion from the
 * period's start, with members' suggestions and their support.
 */

export interface DemoPoll {
  number: number;
  id: string;
  title: string;
  question: string;
  opens: string;
  closes: string;
  options: { key: string; label: string }[];
  /** Ballots: each is the option keys one voter 👍 (two keys on a single-choice poll = a spoiled ballot). */
  ballots: number[][];
  /** A poll of this chapter: voters are drawn from its members, and `optionAuthor` posted the option comments. */
  chapter?: string;
  optionAuthor?: string;
  /** Ballots chapter by chapter (a double majority), drawn from each chapter's eligible members; `ballots` is then empty. */
  chapterBallots?: Record<string, number[][]>;
  /** A suggestion period: the discussion exists from `from`, with these suggestions and the 👍 each got (members or not). */
  suggestions?: { from: string; entries: { author: string; label: string; at: string; supporters: string[] }[] };
}

const yesNoAbstain = (yes: string) => [
  { key: 'yes', label: yes },
  { key: 'no', label: 'No' },
  { key: 'abstain', label: 'Abstain' },
];

/** Repeat a ballot n times: `times(18, [0])` is eighteen voters for option 0. */
const times = (n: number, ballot: number[]) => Array.from({ length: n }, () => ballot);

export const DEMO_POLLS: DemoPoll[] = [
  {
    number: 30, id: 'adopt-climate-program', title: 'Adopt the Coastal Climate Program',
    question: 'Should Tidewater Commons adopt the Coastal Climate Program as proposed in pull request #12?',
    opens: '2026-09-01T09:00:00Z', closes: '2026-09-15T09:00:00Z', options: yesNoAbstain('Yes, adopt it'),
    ballots: [...times(19, [0]), ...times(4, [1]), ...times(2, [2])],
  },
  {
    number: 31, id: 'congress-2027-city', title: 'Where we meet for the 2027 congress',
    question: "Which chapter's city should host the 2027 international congress?",
    opens: '2026-06-01T00:00:00Z', closes: '2026-06-21T00:00:00Z',
    options: [{ key: 'lisbon', label: 'Lisbon' }, { key: 'osaka', label: 'Osaka' }, { key: 'valparaiso', label: 'Valparaíso' }, { key: 'bristol', label: 'Bristol' }],
    ballots: [...times(9, [0]), ...times(6, [1]), ...times(4, [2]), ...times(3, [3]), [0, 1], [2, 3]],
  },
  {
    number: 32, id: 'meeting-guide-update', title: 'Update the meeting guide',
    question: 'Should we adopt the revised guide to running chapter meetings from pull request #14?',
    opens: '2026-11-20T09:00:00Z', closes: '2026-12-10T09:00:00Z', options: yesNoAbstain('Yes'),
    ballots: [...times(10, [0]), ...times(3, [1]), ...times(2, [2])],
  },
  {
    number: 34, id: 'dues-change', title: 'Change the yearly dues',
    question: 'Should yearly dues change to a sliding scale from 5 to 40 euros, as proposed in pull request #13?',
    opens: '2026-07-01T00:00:00Z', closes: '2026-07-15T00:00:00Z', options: yesNoAbstain('Yes'),
    ballots: [[0], [1], [1], [2]],
  },
  {
    number: 36, id: 'conduct-online-spaces', title: 'Code of conduct: online spaces',
    question: 'Should the code of conduct gain the section on online spaces proposed in pull request #19?',
    opens: '2026-10-20T09:00:00Z', closes: '2026-11-03T09:00:00Z', options: yesNoAbstain('Yes, add it'),
    ballots: [...times(16, [0]), ...times(3, [1]), ...times(1, [2])],
  },
  {
    number: 35, id: 'working-groups', title: 'Which working groups should we start?',
    question: 'Approve every working group you would like the federation to start this year (👍 as many options as you like).',
    opens: '2026-10-01T00:00:00Z', closes: '2026-10-20T00:00:00Z',
    options: [
      { key: 'coast-science', label: 'Coastal science and monitoring' },
      { key: 'youth', label: 'Youth and schools' },
      { key: 'policy', label: 'Policy and local government' },
      { key: 'arts', label: 'Arts and storytelling' },
    ],
    ballots: [[0, 1], [0], [0, 2], [0, 1, 3], [1], [0, 1], [2], [0, 3], [0, 1, 2], [1, 3], [0], [3], [0, 2], [1]],
  },
  {
    number: 38, id: 'campaign-2027', title: 'The campaign every chapter runs in 2027',
    question: 'Which campaign should every chapter run together in 2027?',
    opens: '2026-11-02T09:00:00Z', closes: '2026-11-12T09:00:00Z',
    options: [{ key: 'harbours', label: 'Plastic-free harbours' }, { key: 'eelgrass', label: 'Replant the eelgrass meadows' }, { key: 'abstain', label: 'Abstain' }],
    ballots: [],
    // Plastic-free harbours has 14 of 23 valid votes, a simple majority, but wins only Lisbon and Valencia;
    // eelgrass wins Osaka, Yokohama and Bristol; Porto is split; La Paz only abstains (not counted).
    chapterBallots: {
      lisbon: times(5, [0]),
      valencia: [...times(5, [0]), [1]],
      osaka: [...times(3, [1]), [0]],
      yokohama: [...times(2, [1]), [0]],
      bristol: [...times(2, [1]), [0]],
      porto: [[0], [1]],
      'la-paz': times(2, [2]),
    },
  },
  {
    number: 37, id: 'lisbon-cleanup-day', title: 'Lisbon: the day of our monthly beach clean-up',
    question: 'From January, on which day should the Lisbon chapter hold its monthly beach clean-up?',
    opens: '2026-11-09T09:00:00Z', closes: '2026-11-19T09:00:00Z',
    options: [{ key: 'saturday', label: 'Saturday morning' }, { key: 'sunday', label: 'Sunday morning' }, { key: 'abstain', label: 'Abstain' }],
    ballots: [...times(3, [0]), [1], [2]],
    chapter: 'lisbon', optionAuthor: 'tomas-okafor',
  },
  {
    number: 39, id: 'field-day-theme', title: 'The theme of the 2027 international field day',
    question: 'What should every chapter work on during the 2027 international field day?',
    opens: '2026-11-20T09:00:00Z', closes: '2026-12-04T09:00:00Z',
    // The third option is the suggestion members supported: polls:open added it when voting opened.
    options: [{ key: 'eelgrass', label: 'Eelgrass meadows' }, { key: 'litter', label: 'Litter counts on every shore' }, { key: 'dune-plants-and-pollinators', label: 'Dune plants and pollinators' }, { key: 'abstain', label: 'Abstain' }],
    ballots: [...times(6, [2]), ...times(4, [0]), ...times(3, [1]), [3]],
    suggestions: {
      from: '2026-11-06T10:23:00Z',
      entries: [
        { author: 'ines-duarte', label: 'Dune plants and pollinators', at: '2026-11-08T18:30:00Z', supporters: ['kenji-arai', 'lucia-ferrer', 'mara-quinlan', 'sofia-castro'] },
        // One member and two people who are not on the roster: not enough.
        { author: 'hana-kobayashi', label: 'Night-time tide pooling', at: '2026-11-10T21:05:00Z', supporters: ['yuki-tanabe', 'passing-visitor', 'tide-fan'] },
      ],
    },
  },
  {
    number: 40, id: 'congress-workshops', title: 'Workshops at the 2027 congress',
    question: 'Which workshops should the 2027 congress offer? Approve every one you would attend.',
    opens: '2026-12-07T09:00:00Z', closes: '2026-12-21T09:00:00Z',
    options: [{ key: 'tide-tables', label: 'Reading tide tables' }, { key: 'first-aid', label: 'First aid on the shore' }],
    ballots: [],
    suggestions: {
      from: '2026-11-18T10:23:00Z',
      entries: [{ author: 'camila-rojas', label: 'Talking to the press', at: '2026-11-19T09:40:00Z', supporters: ['matias-fuentes', 'sofia-castro'] }],
    },
  },
];

const isoPlus = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function eligibleAt(roster: Member[], opens: string, closes: string): Member[] {
  return roster.filter((m) => m.since.getTime() <= Date.parse(opens) && (!m.until || m.until.getTime() >= Date.parse(closes)));
}

/** Each poll draws from its own seed, so editing page threads or another poll never reshuffles its voters. */
export function addDemoPolls(data: FakeGitHubData, roster: Member[], seed: number, bot: string) {
  const maintainers = roster.filter((m) => m.role === 'maintainer').map((m) => m.github);
  for (const poll of DEMO_POLLS) {
    const rnd = new Random(seed + poll.number);
    const now = Date.parse(data.now);
    const d = data.addDiscussion({
      number: poll.number,
      title: `Poll: ${poll.title}`,
      body: poll.suggestions
        ? `${poll.question}\n\n**Suggest an option** until ${poll.opens}: write a new comment whose first line is \`Option: \` followed by your option. Support a suggestion with a 👍.\n\nVoting runs from ${poll.opens} to ${poll.closes}.`
        : `${poll.question}\n\nVote with a 👍 on the comment of the option you choose. Reactions are public. Voting closes ${poll.closes}.`,
      author: bot,
      category: 'Polls',
      labels: ['poll'],
      createdAt: poll.suggestions?.from ?? poll.opens,
    });
    for (const s of poll.suggestions?.entries ?? []) {
      const c = data.addComment(d.number, { author: s.author, body: `Option: ${s.label}\n\n${rnd.pick(OPINIONS_ON_SUGGESTIONS)}`, createdAt: s.at });
      s.supporters.forEach((login, i) => data.addReaction(c.id, 'THUMBS_UP', login, isoPlus(s.at, 2 + i * 5)));
    }
    // Voting has not opened yet: no option comments, no votes.
    if (Date.parse(poll.opens) > now) continue;
    const options = poll.options.map((o) =>
      data.addComment(d.number, { author: poll.optionAuthor ?? bot, body: `<!-- poll-option: ${o.key} -->\n**${o.label}**\n\nReact with 👍 to vote for this option.`, createdAt: poll.opens }),
    );
    const closesAt = Math.min(Date.parse(poll.closes), now);
    const window = (closesAt - Date.parse(poll.opens)) / 3600_000;
    const pool = eligibleAt(roster, poll.opens, poll.closes).filter((m) => poll.chapter === undefined || m.chapter === poll.chapter);
    const eligible = rnd.shuffle(pool.map((m) => m.github));
    const { ballots, voters } = poll.chapterBallots ? byChapter(poll.chapterBallots, pool, rnd) : { ballots: poll.ballots, voters: eligible.slice(0, poll.ballots.length) };
    if (eligible.length < ballots.length + 1) throw new Error(`the roster has too few eligible members for poll ${poll.id}`);
    // An eligible member who does not vote, whose reactions all fall where they must not count.
    const outsider = eligible.find((m) => !voters.includes(m))!;
    ballots.forEach((ballot, i) => {
      for (const option of ballot) data.addReaction(options[option]!.id, 'THUMBS_UP', voters[i]!, isoPlus(poll.opens, 0.5 + rnd.next() * (window - 1)));
    });

    // Noise that the tally must ignore.
    const first = options[0]!;
    data.addReaction(first.id, 'THUMBS_UP', outsider, isoPlus(poll.opens, -2)); // before opening
    for (const kind of ['HEART', 'HOORAY', 'EYES'] as ReactionKind[]) data.addReaction(first.id, kind, rnd.pick(voters), isoPlus(poll.opens, 3));
    data.addReaction(first.id, 'THUMBS_UP', 'passing-visitor', isoPlus(poll.opens, 5)); // not on the roster
    data.addReaction(d.id, 'THUMBS_UP', rnd.pick(voters), isoPlus(poll.opens, 1)); // on the discussion itself
    const question = data.addComment(d.number, { author: rnd.pick(voters), body: 'Is the text we vote on the one in the pull request right now?', createdAt: isoPlus(poll.opens, 6) });
    const answer = data.addComment(d.number, { author: maintainers[0] ?? bot, body: 'Yes: the poll records the commit it opened on, and the result is void if the text changes during voting.', replyTo: options[0]!.id, createdAt: isoPlus(poll.opens, 7) });
    data.addReaction(answer.id, 'THUMBS_UP', outsider, isoPlus(poll.opens, 8)); // a 👍 on a reply
    data.addReaction(question.id, 'THUMBS_UP', rnd.pick(voters), isoPlus(poll.opens, 8));
    const nonMaintainer = roster.find((m) => m.role !== 'maintainer' && !maintainers.includes(m.github))!.github;
    const lookAlike = data.addComment(d.number, {
      author: nonMaintainer,
      body: `<!-- poll-option: ${poll.options[1]!.key} -->\n**${poll.options[1]!.label}** (the real one, vote here)`,
      createdAt: isoPlus(poll.opens, 9),
    });
    data.addReaction(lookAlike.id, 'THUMBS_UP', outsider, isoPlus(poll.opens, 10));
    if (poll.chapter !== undefined) {
      // A member of another chapter votes in this chapter's poll: not counted.
      const stranger = roster.find((m) => m.chapter !== poll.chapter && m.role !== 'maintainer' && eligibleAt([m], poll.opens, poll.closes).length)!.github;
      data.addReaction(options[1]!.id, 'THUMBS_UP', stranger, isoPlus(poll.opens, 11));
    }
    if (Date.parse(poll.closes) < now) data.addReaction(options[1]!.id, 'THUMBS_UP', outsider, isoPlus(poll.closes, 1)); // after closing
  }
}

/** Ballots chapter by chapter, each drawn from that chapter's eligible members, in chapter order. */
function byChapter(chapters: Record<string, number[][]>, pool: Member[], rnd: Random): { ballots: number[][]; voters: string[] } {
  const ballots: number[][] = [];
  const voters: string[] = [];
  for (const [chapter, list] of Object.entries(chapters).sort(([a], [b]) => a.localeCompare(b))) {
    const members = rnd.shuffle(pool.filter((m) => m.chapter === chapter).map((m) => m.github));
    if (members.length < list.length) throw new Error(`chapter ${chapter} has too few eligible members for ${list.length} ballots`);
    list.forEach((ballot, i) => {
      ballots.push(ballot);
      voters.push(members[i]!);
    });
  }
  return { ballots, voters };
}

const OPINIONS_ON_SUGGESTIONS = [
  'Our chapter has been doing this for two seasons and would happily share the method.',
  'It would bring in people who never come to a meeting.',
  'Cheap to do anywhere, and the results are easy to compare between chapters.',
];
