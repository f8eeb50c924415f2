import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { terminalAsker } from '../cli/prompt.ts';
import { askInitQuestions } from './init-questions.ts';

/** The questions through the real readline asker, answered line by line as a person would type them. */
async function answer(lines: string[], current = { name: 'Tidewater Commons', repository: 'tidewater-commons/chapterhouse', languages: 'en,es,ja' }) {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (d) => (shown += d));
  const asker = terminalAsker(input, output);
  const pending = askInitQuestions(asker, current, '/srv/site');
  // Answer each question once it is on the screen (every prompt ends in ": ", and nothing else does).
  for (const [i, line] of lines.entries()) {
    await expect.poll(() => shown.split(': ').length - 1).toBe(i + 1);
    input.write(`${line}\n`);
  }
  const result = await pending;
  asker.close();
  return { result, shown };
}

describe('askInitQuestions', () => {
  it('offers the current values, keeps them on Enter, and takes what is typed', async () => {
    const { result, shown } = await answer(['Harbor Alliance', '', 'en,fr,ar', '', 'octocat', 'y']);
    expect(result).toEqual({ name: 'Harbor Alliance', repository: 'tidewater-commons/chapterhouse', languages: 'en,fr,ar', defaultLanguage: 'en', maintainer: 'octocat' });
    expect(shown).toContain("The organization's name [Tidewater Commons]: ");
    expect(shown).toContain('Default language [en]: ');
    expect(shown).toContain('GitHub username of the first maintainer: ');
    expect(shown).toContain('Replace the demo in /srv/site with Harbor Alliance? [y/N]: ');
  });

  it('changes nothing unless the last answer is yes', async () => {
    expect((await answer(['', '', '', '', 'octocat', ''])).result).toBeNull();
  });
});
