import { describe, expect, it } from 'vitest';
import { elements, parse, textOf } from '../../../test/comments/fixtures/html.ts';
import { voterItems } from './voter-items.ts';

const links = (html: string) =>
  elements(parse(`<ul>${html}</ul>`), (e) => e.tagName === 'a').map((a) => ({ href: a.properties.href, text: textOf(a) }));

describe('voterItems', () => {
  it('links every voter to their profile, in order', () => {
    expect(links(voterItems(['ana-sousa', 'kenji-watanabe']))).toEqual([
      { href: 'https://github.com/ana-sousa', text: '@ana-sousa' },
      { href: 'https://github.com/kenji-watanabe', text: '@kenji-watanabe' },
    ]);
  });

  it('keeps a login that is not a plain name from breaking out of its link', () => {
    const login = '"><script>x</script>&amp;';
    const html = voterItems([login]);
    expect(html).not.toContain('<script>');
    expect(links(html)).toEqual([{ href: `https://github.com/${encodeURIComponent(login)}`, text: `@${login}` }]);
  });

  it('writes nothing for nobody', () => {
    expect(voterItems([])).toBe('');
  });
});
