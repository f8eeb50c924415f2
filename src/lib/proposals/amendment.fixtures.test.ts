import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTexts } from './amendment.ts';
import { renderAmendment, renderDetails } from './render.ts';

/**
 * remark-gfm style fixtures: fixtures/<case>/{old.mdx,new.mdx,expected.html} (and an optional `lang`).
 * `UPDATE_FIXTURES=1 npx vitest run src/lib/proposals` rewrites expected.html on purpose; review the diff.
 */
const root = path.join(import.meta.dirname, 'fixtures');
const cases = fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

function render(dir: string): string {
  const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
  const lang = fs.existsSync(path.join(dir, 'lang')) ? read('lang').trim() : 'en';
  const amendment = compareTexts(read('old.mdx'), read('new.mdx'), lang);
  return [
    '<section data-view="changes">',
    renderAmendment(amendment, { view: 'changes', topHeading: 2 }),
    '</section>',
    '<section data-view="whole">',
    renderAmendment(amendment, { view: 'whole', topHeading: 2 }),
    '</section>',
    '<section data-view="details">',
    renderDetails(amendment),
    '</section>',
    '',
  ].join('\n');
}

describe('amendment fixtures', () => {
  it('has the cases the issue asks for', () => {
    expect(cases).toEqual(expect.arrayContaining(['inserted', 'deleted', 'moved-paragraphs', 'changed-list-items', 'changed-headings', 'frontmatter-only', 'whitespace-only']));
  });
  for (const name of cases) {
    it(name, () => {
      const dir = path.join(root, name);
      const actual = render(dir);
      const expectedFile = path.join(dir, 'expected.html');
      if (process.env.UPDATE_FIXTURES === '1' || !fs.existsSync(expectedFile)) {
        fs.writeFileSync(expectedFile, actual);
        if (process.env.UPDATE_FIXTURES !== '1') throw new Error(`${expectedFile} was missing and has been written: review it, then run the tests again`);
      }
      expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8'));
    });
  }
});
