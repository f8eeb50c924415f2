import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../errors.ts';
import { alignGlossary, readGlossary } from './glossary.ts';

describe('alignGlossary', () => {
  const reference = [
    { term: 'chapter', note: 'A local group of members.' },
    { term: 'Field day', note: 'A morning of work on the shore.' },
    { term: 'quorum', note: 'The share of members who must vote.' },
  ];
  it('pairs terms case-insensitively in the reference order and shows gaps', () => {
    const own = [
      { term: 'field day', translation: 'jornada de campo' },
      { term: 'chapter', translation: 'capítulo', note: 'Nunca "sección".' },
      { term: 'tide pool', translation: 'poza de marea' },
    ];
    expect(alignGlossary(reference, own)).toEqual([
      { term: 'chapter', definition: 'A local group of members.', translation: 'capítulo', note: 'Nunca "sección".' },
      { term: 'Field day', definition: 'A morning of work on the shore.', translation: 'jornada de campo', note: undefined },
      { term: 'quorum', definition: 'The share of members who must vote.', translation: undefined, note: undefined },
      { term: 'tide pool', translation: 'poza de marea', note: undefined },
    ]);
  });
});

describe('readGlossary', () => {
  const withFile = (text: string) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-glossary-'));
    fs.mkdirSync(path.join(root, 'es'));
    fs.writeFileSync(path.join(root, 'es', 'glossary.yml'), text);
    return root;
  };
  it('reads a valid file and returns nothing for a language without one', () => {
    const root = withFile('- term: poll\n  translation: votación\n');
    expect(readGlossary('es', root)).toEqual([{ term: 'poll', translation: 'votación' }]);
    expect(readGlossary('ja', root)).toEqual([]);
  });
  it('names the file, entry and field of every mistake', () => {
    const root = withFile('- term: poll\n  translaton: votación\n- term: Poll\n  translation: encuesta\n');
    try {
      readGlossary('es', root);
      expect.unreachable('a bad glossary must throw');
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError);
      const problems = (e as ContentError).problems;
      expect(problems.map((p) => p.field)).toEqual(['[0]', '[1].term']);
      expect(problems[0]!.message).toContain('"translaton"');
      expect(problems[1]!.message).toBe('"Poll" is already entry 1; keep one entry per term');
      expect(problems[0]!.file).toMatch(/es\/glossary\.yml$/);
    }
  });
});
