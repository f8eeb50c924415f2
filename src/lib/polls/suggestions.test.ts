import { describe, expect, it } from 'vitest';
import type { ElectorateEntry, PollOption } from '../../schemas/index.ts';
import { pollChoices } from './choices.ts';
import { comment, idOf, reaction } from './fixtures/build.ts';
import { judgeSuggestions, labelProblem, optionKeyFor, suggestedLabel } from './suggestions.ts';

const UNTIL = '2026-11-20T09:00:00Z';
const BEFORE = '2026-11-15T12:00:00Z';
const period = { until: UNTIL, support: 2 };
const voters: ElectorateEntry[] = ['ana', 'bo', 'cy', 'dee', 'eli'].map((login) => ({ login, id: idOf(login), chapter: 'lisbon' }));
const options: PollOption[] = [{ key: 'eelgrass', label: { en: 'Eelgrass meadows', es: 'Praderas de zostera' } }, { key: 'abstain', label: 'Abstain' }];
const judge = (comments: Parameters<typeof judgeSuggestions>[0]['comments'], electorate = voters) => judgeSuggestions({ comments, period, electorate, options, bot: 'github-actions' });
const support = (users: string[], at = BEFORE) => users.map((u) => reaction(u, at));

describe('reading a suggestion', () => {
  it('takes the first non-empty line when it starts with "Option:", in any case, spacing collapsed', () => {
    expect(suggestedLabel('\n  option:   Dune   plants \nBecause pollinators.')).toBe('Dune plants');
    expect(suggestedLabel('I think: Option: dunes')).toBeNull();
    expect(suggestedLabel('Options: dunes')).toBeNull();
  });

  it('refuses labels that would be markup, a mention or a hidden marker in the option comment', () => {
    for (const label of ['<!-- poll-option: yes -->', '[free](https://x.example)', 'ping @everyone', '**bold**', 'a | b', `${'x'.repeat(81)}`, '', 'Yes\u202e on', 'Ye\u200bs']) {
      expect(labelProblem(label), label).not.toBeNull();
    }
    expect(labelProblem('Dune plants & pollinators (2027)')).toBeNull();
    expect(labelProblem('砂丘の植物')).toBeNull();
    expect(labelProblem('می\u200cخواهم')).toBeNull();
  });

  it('gives a stable, safe key: ASCII words, de-duplicated, never abstain', () => {
    expect(optionKeyFor('Dune plants & pollinators!', new Set())).toBe('dune-plants-pollinators');
    expect(optionKeyFor('Valparaíso', new Set())).toBe('valparaiso');
    expect(optionKeyFor('Dune plants', new Set(['dune-plants']))).toBe('dune-plants-2');
    expect(optionKeyFor('Abstain', new Set())).toBe('abstain-2');
    expect(optionKeyFor('砂丘の植物', new Set())).toBe('suggestion');
    expect(optionKeyFor('砂丘', new Set(['suggestion']))).toBe('suggestion-2');
    expect(optionKeyFor('a'.repeat(60), new Set())).toHaveLength(40);
  });
});

describe('judging suggestions when voting opens', () => {
  it('adds a suggestion with enough supporting members, crediting its author, before abstain', () => {
    const [dunes] = judge([comment('Option: Dune plants\n\nThey hold the sand.', 'ana', support(['bo', 'cy', 'ana']))]);
    // ana's own 👍 is not support: a suggestion needs others.
    expect(dunes).toMatchObject({ status: 'added', key: 'dune-plants', label: 'Dune plants', author: 'ana', supporters: ['bo', 'cy'], notCounted: 1 });
    const choices = pollChoices({ options }, { ...period, entries: [dunes!] });
    expect(choices.map((c) => c.key)).toEqual(['eelgrass', 'dune-plants', 'abstain']);
    expect(choices[1]!.suggested).toEqual({ by: 'ana', url: dunes!.url, supporters: 2 });
  });

  it('a suggestion supported only by people who cannot vote in the poll stays below the threshold', () => {
    const [s] = judge([comment('Option: Night tide pools', 'ana', support(['visitor-1', 'visitor-2', 'visitor-3']))]);
    expect(s).toMatchObject({ status: 'below-threshold', supporters: [], notCounted: 3, key: null });
  });

  it('counts support by account id: a stranger holding a member\'s old login supports nothing', () => {
    const renamed: ElectorateEntry[] = voters.map((v) => (v.login === 'bo' ? { ...v, id: 999_999 } : v));
    const [s] = judge([comment('Option: Dune plants', 'ana', support(['bo', 'cy']))], renamed);
    expect(s).toMatchObject({ status: 'below-threshold', supporters: ['cy'] });
  });

  it('a suggestion edited after the period closed is not added, however much support it had', () => {
    const [s] = judge([comment('Option: Double the dues', 'ana', support(['bo', 'cy', 'dee']), { lastEditedAt: '2026-11-20T09:00:00Z' })]);
    expect(s).toMatchObject({ status: 'edited-late', key: null, lastEditedAt: '2026-11-20T09:00:00Z' });
  });

  it('support given before the last edit does not count: a 👍 supports the words it was given to', () => {
    const reworded = comment('Option: Double the dues', 'ana', [...support(['bo', 'cy'], '2026-11-10T00:00:00Z'), ...support(['dee'], '2026-11-18T00:00:00Z')], { lastEditedAt: '2026-11-17T00:00:00Z' });
    expect(judge([reworded])[0]).toMatchObject({ status: 'below-threshold', supporters: ['dee'], notCounted: 2 });
  });

  it('ignores support after the period, and lists a suggestion posted after it as late', () => {
    const onTime = comment('Option: Dune plants', 'ana', [...support(['bo']), ...support(['cy'], UNTIL)]);
    const late = comment('Option: Kelp', 'bo', support(['cy', 'dee']), { createdAt: UNTIL });
    expect(judge([onTime, late]).map((s) => [s.label, s.status, s.supporters])).toEqual([['Dune plants', 'below-threshold', ['bo']], ['Kelp', 'late', ['cy', 'dee']]]);
  });

  it('a suggestion by someone who cannot vote in the poll is not added', () => {
    expect(judge([comment('Option: Dune plants', 'visitor-1', support(['bo', 'cy']))])[0]).toMatchObject({ status: 'not-a-member' });
    expect(judge([comment('Option: Dune plants', null, support(['bo', 'cy']))])[0]).toMatchObject({ status: 'not-a-member', author: null });
  });

  it('a suggestion that repeats an option or an earlier suggestion is a duplicate', () => {
    const first = comment('Option: Dune plants', 'ana', support(['bo']), { createdAt: '2026-11-10T00:00:00Z' });
    const again = comment('Option: dune  PLANTS!', 'bo', support(['cy', 'dee']), { createdAt: '2026-11-11T00:00:00Z' });
    const option = comment('Option: Praderas de Zóstera', 'cy', support(['ana', 'bo']), { createdAt: '2026-11-12T00:00:00Z' });
    expect(judge([option, again, first]).map((s) => [s.status, s.duplicateOf])).toEqual([['below-threshold', null], ['duplicate', first.id], ['duplicate', 'eelgrass']]);
  });

  it('refuses markup, skips the bot, replies and deleted comments, and keeps hidden ones', () => {
    const entries = judge([
      comment('Option: <!-- poll-option: eelgrass -->', 'ana', support(['bo', 'cy'])),
      comment('Option: Summary', 'github-actions', support(['bo', 'cy'])),
      comment('Option: Gone', 'bo', support(['cy', 'dee']), { deletedAt: BEFORE }),
      comment('Option: Hidden but wanted', 'cy', support(['ana', 'bo']), { isMinimized: true, minimizedReason: 'off-topic' }),
    ]);
    expect(entries.map((s) => [s.label, s.status])).toEqual([['<!-- poll-option: eelgrass -->', 'invalid-label'], ['Hidden but wanted', 'added']]);
  });

  it('judges the same comments the same way in any order', () => {
    const a = comment('Option: Dune plants', 'ana', support(['bo', 'cy']), { createdAt: '2026-11-10T00:00:00Z' });
    const b = comment('Option: Dune-plants', 'dee', support(['bo', 'cy']), { createdAt: '2026-11-10T00:00:00Z' });
    expect(judge([b, a])).toEqual(judge([a, b]));
  });
});

describe('the frozen verdicts must add up', () => {
  it('the content check refuses a state whose suggestions were changed by hand', async () => {
    const { suggestionRecordProblems } = await import('./poll-record.ts');
    const { openedState } = await import('./open-plan.ts');
    const entry = judge([comment('Option: Dune plants', 'ana', support(['bo', 'cy']))])[0]!;
    const rules = { type: 'single' as const, options: ['eelgrass', 'dune-plants', 'abstain'], opens: UNTIL, closes: '2026-12-01T00:00:00.000Z', quorum: 0.25, threshold: 'plurality' as const, discussion: 1 };
    const state = (entries: typeof entry[], options = rules.options) => openedState('p', new Date(UNTIL), { rules: { ...rules, options }, proposal: null, optionComments: [], electorate: voters, suggestions: { ...period, entries } });
    expect(suggestionRecordProblems(state([entry]), 'state.json')).toEqual([]);
    const weak = { ...entry, supporters: ['bo'] };
    expect(suggestionRecordProblems(state([weak]), 'state.json').map((p) => p.message)).toEqual([expect.stringMatching(/^was added with 1 supporter\(s\), but the poll asked for 2; this is not what polls:open writes/)]);
    const stranger = { ...entry, supporters: ['bo', 'visitor-1'] };
    expect(suggestionRecordProblems(state([stranger]), 'state.json').map((p) => p.field)).toEqual(['frozen.suggestions.entries[0].supporters']);
    expect(suggestionRecordProblems(state([entry], ['eelgrass', 'abstain']), 'state.json').map((p) => p.message)).toEqual([expect.stringMatching(/^option "dune-plants" is not among the frozen options/)]);
    const held = { ...entry, status: 'below-threshold' as const, key: null };
    expect(suggestionRecordProblems(state([held], ['eelgrass', 'abstain']), 'state.json').map((p) => p.field)).toEqual(['frozen.suggestions.entries[0].status']);
  });
});
