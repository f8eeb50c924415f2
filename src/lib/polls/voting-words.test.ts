import { describe, expect, it } from 'vitest';
import { sayFrom } from '../../i18n/ui-strings.ts';
import { siteSchema } from '../../schemas/index.ts';
import { optionCommentBody } from './open-plan.ts';
import { markerKey } from './option-comments.ts';
import { summaryComment } from './summary.ts';
import { readWitness } from './summary.ts';
import { optionVoteLines, summaryVoteLines, votingLanguages } from './voting-words.ts';
import { discussion, member, option, stateFor, thumbs } from './fixtures/build.ts';
import { countPoll } from './tally.ts';

/**
 * What polls:open and the tally write on GitHub tells how to vote in every language the site has, with the
 * project's own strings (an organization folder without ui.yml files: the engine's es and ja, no Arabic).
 */
const say = sayFrom('/nonexistent-content-folder');
const site = siteSchema.parse({
  name: 'T', tagline: 't', repository: 'o/r', defaultLanguage: 'en',
  languages: [{ code: 'en', name: 'English' }, { code: 'es', name: 'Español' }, { code: 'ja', name: '日本語' }, { code: 'ar', name: 'العربية', dir: 'rtl' }],
  discussions: { categories: ['Polls'], pageCategory: 'Polls' },
});
const v = votingLanguages(site, say);

describe('voting instructions on GitHub', () => {
  it('say how to vote for an option in each language, with its label there, once per distinct line', () => {
    expect(optionVoteLines({ en: 'Yes', es: 'Sí', ja: 'はい' }, v)).toEqual([
      '👍 this comment to vote for “Yes”.',
      '👍 a este comentario para votar por «Sí».',
      '「はい」に投票するには、このコメントに 👍 を付けてください。',
    ]);
  });

  it('keep the option comment a ballot box: its marker, and the labels line first', () => {
    const body = optionCommentBody({ key: 'yes', label: { en: 'Yes', es: 'Sí' } }, site, say);
    expect(markerKey(body)).toBe('yes');
    expect(body.split('\n')[0]).toBe('### Yes · Sí');
    expect(body).toContain('👍 a este comentario para votar por «Sí».');
    // Without the strings (an older caller), English alone, as before.
    expect(optionCommentBody({ key: 'yes', label: 'Yes' }, site)).toBe('### Yes\n\n👍 this comment to vote for “Yes”.\n\n<!-- poll-option: yes -->');
  });

  it('add a line per other language to the summary comment, each linking to that language page, and leave the record line last', () => {
    const lines = summaryVoteLines(v, (lang) => `https://example.org/${lang}/polls/p/`);
    // Arabic has no strings yet: an English line again would say nothing new.
    expect(lines).toEqual([
      'Para votar, da un 👍 a un comentario de opción de arriba. Detalles: https://example.org/es/polls/p/',
      '投票するには、上の選択肢のコメントのどれかに 👍 を付けてください。詳細: https://example.org/ja/polls/p/',
    ]);
    const d = discussion([option('yes', thumbs(['a'], '2026-06-02T00:00:00Z')), option('no', [])]);
    const rules = { type: 'single' as const, options: ['yes', 'no'], opens: '2026-06-01T00:00:00.000Z', closes: '2026-06-21T00:00:00.000Z', quorum: 0.25, threshold: 'plurality' as const, discussion: 3 };
    const { result } = countPoll({ state: stateFor(rules, d, [member('a')]), discussion: d, now: new Date('2026-07-01T00:00:00Z'), syncedAt: '2026-07-01T00:00:00Z' });
    const text = summaryComment({ title: 'P', question: 'Q', type: 'single', options: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }], opens: rules.opens, closes: rules.closes }, result, 'en', 'https://example.org/en/polls/p/', undefined, lines);
    expect(text).toContain(`Details and voters: https://example.org/en/polls/p/\n${lines[0]}\n${lines[1]}\n`);
    expect(readWitness(text)).toEqual({ frozenDigest: result.input.frozenDigest, inputDigest: result.inputDigest, final: true });
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^<!-- chapterhouse-record /);
  });
});
