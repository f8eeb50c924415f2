import { describe, expect, it } from 'vitest';
import { compareTexts, type AmendmentWork } from './amendment.ts';
import { WorkBudget } from './words.ts';
import { ENGLISH_LABELS, renderAmendment } from './render.ts';

const doc = (...paragraphs: string[]) => `---\ntitle: T\n---\n\n${paragraphs.join('\n\n')}\n`;
const ops = (a: ReturnType<typeof compareTexts>) => a.blocks.map((b) => b.op);

describe('compareTexts', () => {
  it('finds nothing when only whitespace or frontmatter changed', () => {
    const a = compareTexts(doc('One tide  at a time.'), '---\ntitle: Other\n---\nOne tide\nat a time.\n');
    expect(a.changed).toBe(false);
    expect(a.frontmatterChanged).toBe(true);
    expect(compareTexts(doc('Same.'), doc('Same.')).frontmatterChanged).toBe(false);
  });
  it('treats a new document as all inserted and a removed one as all deleted', () => {
    expect(ops(compareTexts(null, doc('A.', 'B.')))).toEqual(['inserted', 'inserted']);
    expect(ops(compareTexts(doc('A.', 'B.'), null))).toEqual(['deleted', 'deleted']);
  });
  it('pairs an edited paragraph with its old self and inserts a new one beside it', () => {
    const a = compareTexts(doc('We plant in spring.', 'We count birds.'), doc('We plant in spring and autumn.', 'We count birds.', 'We publish the counts.'));
    expect(ops(a)).toEqual(['changed', 'equal', 'inserted']);
    expect(a.counts).toEqual({ inserted: 1, deleted: 0, changed: 1, moved: 0 });
  });
  it('does not pair unrelated paragraphs when several change at once', () => {
    const a = compareTexts(
      doc('Alpha beta gamma delta.', 'Nu xi omicron pi.', 'Keep this.', 'Epsilon zeta eta theta.', 'Iota kappa lambda mu.'),
      doc('Totally different words here.', 'Keep this.', 'Epsilon zeta eta theta iota.'),
    );
    expect(ops(a)).toEqual(['deleted', 'deleted', 'inserted', 'equal', 'changed', 'deleted']);
  });
  it('reads one block replaced by one block of the same kind as an edit in place', () => {
    expect(ops(compareTexts(doc('Keep.', 'Old words entirely.'), doc('Keep.', 'Something new instead.')))).toEqual(['equal', 'changed']);
  });
  it('recognizes a moved paragraph, also when it was touched up on the way', () => {
    const long = 'Restoration takes years and we value people who keep coming back.';
    const moved = compareTexts(doc('First.', 'Second.', long), doc(long, 'First.', 'Second.'));
    expect(moved.counts.moved).toBe(1);
    expect(ops(moved).sort()).toEqual(['equal', 'equal', 'moved', 'moved-away']);
    const touched = compareTexts(doc('First.', 'Second.', long), doc(long.replace('years', 'many years'), 'First.', 'Second.'));
    expect(touched.counts.moved).toBe(1);
    const m = touched.blocks.find((b) => b.op === 'moved');
    expect(m && m.op === 'moved' && m.parts[0]!.some((p) => p.op === 'insert' && p.text.includes('many'))).toBe(true);
  });
  it('flags a changed link target as a formatting change, not as no change', () => {
    const a = compareTexts(doc('See [rules](https://a.example).'), doc('See [rules](https://b.example).'));
    expect(a.changed).toBe(true);
    expect(a.blocks[0]).toMatchObject({ op: 'changed', formatOnly: true });
  });
});

describe('the work a comparison does', () => {
  /** Sections of paragraphs whose words overlap as real prose does, each paragraph then reworded a little. */
  const rewrite = (sections: number) => {
    // Common words, and a dozen of the paragraph's own: paragraphs resemble each other as prose does.
    const para = (s: number, p: number) => `The members ${Array.from({ length: 12 }, (_, k) => `w${s}x${p}x${k}`).join(' ')} meet on the shore and count.`;
    const text = (edit: boolean) => Array.from({ length: sections }, (_, s) => [`## Part ${s}`, ...Array.from({ length: 8 }, (_, p) => (edit ? para(s, p).replace('meet on', 'gather at') : para(s, p)))].join('\n\n')).join('\n\n');
    return [text(false), text(true)] as const;
  };
  const spent = (sections: number) => {
    const budget = (): WorkBudget => new WorkBudget(1e12);
    const work: AmendmentWork = { pairing: budget(), moves: budget(), wordDiffs: budget() };
    const [before, after] = rewrite(sections);
    const amendment = compareTexts(before, after, 'en', work);
    expect(amendment.counts.changed).toBe(sections * 8);
    return (1e12 - work.pairing.left) + (1e12 - work.moves.left);
  };

  it('grows with the document, not with its square, when every paragraph is reworded', () => {
    // Four times the document: linear work is four times as much, all-against-all pairing sixteen.
    expect(spent(100) / spent(25)).toBeLessThan(6);
  });
});

describe('renderAmendment', () => {
  it('escapes contributor text instead of rendering it', () => {
    const html = renderAmendment(compareTexts(doc('Safe.'), doc('Safe.', '<img src=x onerror="alert(1)"> & more')), { view: 'changes' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
  it('labels every insertion and deletion in words, not only by style', () => {
    const html = renderAmendment(compareTexts(doc('Dues are 10 euros.'), doc('Dues are 12 euros.')), { view: 'whole', labels: { ...ENGLISH_LABELS, inserted: 'añadido:', deleted: 'eliminado:' } });
    expect(html).toContain('<del><span class="visually-hidden">eliminado: </span>10</del>');
    expect(html).toContain('<ins><span class="visually-hidden">añadido: </span>12</ins>');
  });
  it('nests document headings under the page heading it is given, shallowest first', () => {
    const html = renderAmendment(compareTexts('## Old\n\n### Sub\n', '## New\n\n### Sub\n'), { view: 'whole', topHeading: 3 });
    expect(html).toMatch(/^<h3 class="amend-changed">/);
    expect(html).toContain('<h4>Sub</h4>');
  });
  it('starts the changes view at the page heading level even when only a subsection changed', () => {
    const before = '## Part\n\nIntro.\n\n### Sub\n\nOld words.\n';
    const html = renderAmendment(compareTexts(before, before.replace('Old', 'New')), { view: 'changes', topHeading: 3 });
    expect(html).toContain('<h3>Sub</h3>');
    expect(html).not.toContain('<h4');
  });
  it('never skips a heading level, even when a deeper heading comes first', () => {
    const before = '## A\n\n### A.1\n\nOld.\n\n## B\n\nOld too.\n';
    const html = renderAmendment(compareTexts(before, before.replace('Old.', 'New.').replace('Old too.', 'New too.')), { view: 'changes', topHeading: 3 });
    expect([...html.matchAll(/<h(\d)>([^<]*)</g)].map((m) => [Number(m[1]), m[2]])).toEqual([[3, 'A.1'], [3, 'B']]);
  });
});
