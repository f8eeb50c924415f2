import { describe, expect, it } from 'vitest';
import { parseFieldPath, yamlFieldLine, yamlLineFinder } from './yaml-line.ts';

const roster = [
  '# The roster',
  '',
  '- { github: ana, chapter: lisbon, since: 2021-05-22 }',
  '- github: rui',
  '  chapter: portoo',
  '  since: 2026-05-03',
  '- github: eva',
  '',
].join('\n');

describe('yamlFieldLine', () => {
  it('finds a field in flow and block entries', () => {
    expect(yamlFieldLine(roster, '[0].since')).toBe(3);
    expect(yamlFieldLine(roster, '[1].chapter')).toBe(5);
  });

  it('points a missing field at the entry that lacks it', () => {
    expect(yamlFieldLine(roster, '[2].since')).toBe(7);
  });

  it('finds nested fields of a mapping', () => {
    const site = 'name: X\npolls:\n  quorum: 2\nlanguages:\n  - code: EN\n    name: English\n';
    expect(yamlFieldLine(site, 'polls.quorum')).toBe(3);
    expect(yamlFieldLine(site, 'languages[0].code')).toBe(5);
  });

  it('gives up on text that is not valid YAML', () => {
    expect(yamlFieldLine('a: [1,\n', 'a')).toBeUndefined();
  });
});

describe('yamlLineFinder', () => {
  it('answers for many fields of one text, as yamlFieldLine does for each', () => {
    const lineOf = yamlLineFinder(roster);
    expect([lineOf('[0].since'), lineOf('[1].chapter'), lineOf('[2].since'), lineOf('[9].github')]).toEqual([3, 5, 7, undefined]);
  });

  it('answers nothing for text that is not valid YAML', () => {
    expect(yamlLineFinder('a: [1,\n')('a')).toBeUndefined();
  });
});

it('parseFieldPath reverses fieldPath', () => {
  expect(parseFieldPath('authors[0].login')).toEqual(['authors', 0, 'login']);
  expect(parseFieldPath('[3].chapter')).toEqual([3, 'chapter']);
  expect(parseFieldPath('title')).toEqual(['title']);
});
