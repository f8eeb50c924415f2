import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/lib/cli/command.ts';
import { ChapterhouseError } from '../../src/lib/errors.ts';
import { BASE_SHAPE, countFlag, parseScales, shapeAt } from './shape.ts';

const NOW = '2026-11-26T00:00:00Z';

describe('shapeAt', () => {
  it('is the issue default at scale 1', () => {
    expect(shapeAt(1, NOW)).toMatchObject({ docs: 430, languages: 14, comments: 20_000, polls: 300, members: 5000, chapters: 20 });
  });

  it('scales counts but keeps languages and chapters', () => {
    expect(shapeAt(0.25, NOW)).toMatchObject({ docs: 108, comments: 5000, polls: 75, members: 1250, languages: 14, chapters: BASE_SHAPE.chapters });
  });

  it('scales an explicit count as the count at scale 1', () => {
    expect(shapeAt(0.5, NOW, { docs: 400, languages: 5 })).toMatchObject({ docs: 200, languages: 5 });
  });

  it('keeps enough pages and members for a site at tiny scales', () => {
    expect(shapeAt(0.001, NOW)).toMatchObject({ docs: 10, members: 20 });
  });

  it('refuses a scale that is not positive', () => {
    expect(() => shapeAt(0, NOW)).toThrow(ChapterhouseError);
  });
});

describe('flags', () => {
  it('sorts scales', () => {
    expect(parseScales('1, 0.25')).toEqual([0.25, 1]);
  });

  it('refuses a scale list with a non-number', () => {
    expect(() => parseScales('0.25,x')).toThrow(/--scales "0.25,x" is not a list of positive numbers/);
  });

  it('reads whole counts and refuses others', () => {
    expect(countFlag('--docs', undefined)).toBeUndefined();
    expect(countFlag('--docs', '40', 10)).toBe(40);
    expect(() => countFlag('--docs', '4', 10)).toThrow(/--docs "4" is not a whole number of at least 10/);
    expect(() => countFlag('--docs', '1.5')).toThrow(UsageError);
  });
});
