import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeMediaLinks, { type MediaLinksOptions } from './rehype-media-links.ts';

const run = (html: string, options?: MediaLinksOptions) =>
  String(unified().use(rehypeParse, { fragment: true }).use(rehypeMediaLinks, options).use(rehypeStringify).processSync(html));

describe('rehypeMediaLinks', () => {
  it('turns an image into a link to it, labelled with its alt text', () => {
    expect(run('<p><img src="https://camo.githubusercontent.com/abc" alt="Low tide at Porto"></p>')).toBe(
      '<p><a href="https://camo.githubusercontent.com/abc">[image: Low tide at Porto]</a></p>',
    );
  });

  it('labels an image without alt text by its kind', () => {
    expect(run('<img src="https://example.org/a.png">')).toBe('<a href="https://example.org/a.png">[image]</a>');
  });

  it('does not nest a link inside the link GitHub wraps around uploads', () => {
    expect(run('<a href="https://github.com/user-attachments/assets/1"><img src="https://github.com/user-attachments/assets/1" alt="map"></a>')).toBe(
      '<a href="https://github.com/user-attachments/assets/1">[image: map]</a>',
    );
  });

  it('writes emoji images as their shortcode', () => {
    expect(run('<img class="emoji" alt=":shipit:" src="https://github.githubassets.com/images/icons/emoji/shipit.png">')).toBe(':shipit:');
  });

  it('turns videos into links and keeps only the image of a <picture>', () => {
    expect(run('<video src="https://github.com/user-attachments/assets/2" controls></video>')).toBe(
      '<a href="https://github.com/user-attachments/assets/2">[video]</a>',
    );
    expect(run('<picture><source srcset="https://example.org/dark.png"><img src="https://example.org/light.png" alt="logo"></picture>')).toBe(
      '<a href="https://example.org/light.png">[image: logo]</a>',
    );
  });

  it('keeps images from hosts the site chose to load', () => {
    const html = '<img src="https://images.example.org/a.png" alt="a">';
    expect(run(html, { keepImagesFrom: ['images.example.org'] })).toBe(html);
  });

  it('makes no link from a source that is not http(s)', () => {
    expect(run('<img src="javascript:alert(1)" alt="x">')).toBe('[image: x]');
  });

  it('uses the label the page gives (for its language)', () => {
    expect(run('<img src="https://example.org/a.png" alt="mapa">', { label: (kind, alt) => `${kind === 'image' ? 'imagen' : 'vídeo'}: ${alt}` })).toBe(
      '<a href="https://example.org/a.png">[imagen: mapa]</a>',
    );
  });
});
