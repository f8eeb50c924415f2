import { describe, expect, it } from 'vitest';
import { mark, renderMarks, stripMarks } from './marks.ts';

const describeLang = (code: string) => (code === 'en' ? { dir: 'ltr', name: 'inglés' } : code === 'ar' ? { dir: 'rtl', name: 'árabe' } : undefined);

describe('fallback marks', () => {
  it('become a lang/dir span in text, naming the language for the marker', () => {
    const html = `<html lang="es"><body><h1>${mark('Why Astro?', 'en')}</h1></body></html>`;
    expect(renderMarks(html, describeLang)).toBe(
      '<html lang="es"><body><h1><span lang="en" dir="ltr" class="fallback" data-language-name="inglés">Why Astro?</span></h1></body></html>',
    );
  });

  it('are removed inside tags, <title>, <script> and <style>', () => {
    const m = mark('Skip', 'en');
    const html = `<html lang="es"><head><title>${m}</title><script>var a="${m}"</script></head><body><a aria-label="${m}" href="/">x</a></body></html>`;
    expect(renderMarks(html, describeLang)).toBe('<html lang="es"><head><title>Skip</title><script>var a="Skip"</script></head><body><a aria-label="Skip" href="/">x</a></body></html>');
  });

  it('are removed from an attribute whose value holds a ">"', () => {
    const html = `<p><a title="a > b ${mark('Skip', 'en')}" href="/">x</a></p>`;
    expect(renderMarks(html, describeLang)).toBe('<p><a title="a > b Skip" href="/">x</a></p>');
  });

  it('nest, and enclose elements placed between them (a sentence with a link in it)', () => {
    const html = `<p>${mark(`Stored in <a href="/f">${mark('file', 'ar')}</a>.`, 'en')}</p>`;
    expect(renderMarks(html, describeLang)).toBe(
      '<p><span lang="en" dir="ltr" class="fallback" data-language-name="inglés">Stored in <a href="/f"><span lang="ar" dir="rtl" class="fallback" data-language-name="árabe">file</span></a>.</span></p>',
    );
  });

  it('never make an attribute from an unchecked language code, and drop stray closes', () => {
    const forged = '\uE000en" onclick="x\uE001hi\uE002\uE002';
    expect(renderMarks(`<p>${forged}</p>`, describeLang)).toBe('<p><span>hi</span></p>');
    expect(renderMarks(`<p>${mark('hi', 'xx')}</p>`, describeLang)).toBe('<p><span>hi</span></p>');
  });

  it('close a mark cut before its end where the body ends', () => {
    expect(renderMarks(`<body><p>${mark('Long text', 'en').slice(0, 8)}</p></body>`, describeLang)).toBe(
      '<body><p><span lang="en" dir="ltr" class="fallback" data-language-name="inglés">Long</p></span></body>',
    );
  });

  it('are found on a page of a million tags, marks at both ends', () => {
    const rows = '<tr><td class="a">cell</td><td title=\'a > b\'>more</td></tr>\n'.repeat(250_000);
    const span = '<span lang="en" dir="ltr" class="fallback" data-language-name="inglés">';
    expect(renderMarks(`<html lang="es"><body>${mark('top', 'en')}${rows}${mark('end', 'en')}</body></html>`, describeLang)).toBe(
      `<html lang="es"><body>${span}top</span>${rows}${span}end</span></body></html>`,
    );
  });

  it('strip to the plain text for feeds and the terminal', () => {
    expect(stripMarks(`a ${mark('b', 'en')} c`)).toBe('a b c');
    expect(stripMarks('plain')).toBe('plain');
  });
});
