import { UsageError } from '../../src/lib/cli/command.ts';
import { ChapterhouseError } from '../../src/lib/errors.ts';

/**
 * How big a synthetic organization is. Scale 1 is the size issue 18 measures at: 430 documents, handbook pages
 * and posts in the default language, 14 languages (about 2,550 MDX pages with the translations), 20,000
 * comments, 300 polls, 5,000 members. Languages and chapters stay
 * fixed across scales (an organization grows in pages and people, not in languages), so growth figures
 * compare like with like.
 */
export interface OrgShape {
  /** Documents, handbook pages and posts in the default language. */
  docs: number;
  languages: number;
  /** Page-thread comments and replies (poll discussions come on top). */
  comments: number;
  polls: number;
  members: number;
  chapters: number;
  seed: number;
  /** The organization's "now": polls open and close around it. */
  now: string;
}

export const BASE_SHAPE = { docs: 430, languages: 14, comments: 20_000, polls: 300, members: 5000, chapters: 20 } as const;
export const DEFAULT_SEED = 20261126;

export type ShapeOverrides = Partial<Pick<OrgShape, 'docs' | 'languages' | 'comments' | 'polls' | 'members' | 'chapters' | 'seed'>>;

export function shapeAt(scale: number, now: string, overrides: ShapeOverrides = {}): OrgShape {
  if (!(scale > 0)) throw new ChapterhouseError('bad-flag', `scale ${scale} must be a positive number`, 'pass e.g. --scale 0.25 or --scales 0.25,1');
  const scaled = (n: number, min: number) => Math.max(min, Math.round(n * scale));
  // An explicit count is the count at scale 1: it scales with the others, so --scales keeps the proportions.
  const at = (key: 'docs' | 'comments' | 'polls' | 'members', min: number) => scaled(overrides[key] ?? BASE_SHAPE[key], min);
  return {
    docs: at('docs', 10),
    languages: overrides.languages ?? BASE_SHAPE.languages,
    comments: at('comments', 0),
    polls: at('polls', 0),
    members: at('members', 20),
    chapters: overrides.chapters ?? BASE_SHAPE.chapters,
    seed: overrides.seed ?? DEFAULT_SEED,
    now,
  };
}

/** Parse `--scales 0.25,1`: positive numbers, ascending, at least one. */
export function parseScales(text: string): number[] {
  const scales = text.split(',').map((s) => Number(s.trim()));
  if (scales.length === 0 || scales.some((s) => !(s > 0))) {
    throw new UsageError(`--scales "${text}" is not a list of positive numbers: write it like --scales 0.25,1`);
  }
  return [...scales].sort((a, b) => a - b);
}

/** A count flag: a whole number at least `min`, or undefined when absent. */
export function countFlag(name: string, value: string | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new UsageError(`${name} "${value}" is not a whole number of at least ${min}: write it like ${name} ${Math.max(min, 100)}`);
  }
  return n;
}
