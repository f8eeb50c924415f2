import { afterAll, describe, expect, it } from 'vitest';
import type { PollView } from '../polls/views.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chapterPollKeys, makePlan, scopePollKeys, type BuildPlan } from './plan.ts';

const view = (id: string, scope?: { chapter?: string; country?: string }) => ({ id, scope }) as unknown as PollView;
const views = [view('everyone'), view('lisbon-budget', { chapter: 'lisbon' }), view('portugal-dues', { country: 'PT' }), view('berlin-venue', { chapter: 'berlin' })];
const countryOf = new Map([['lisbon', 'PT'], ['porto', 'PT'], ['berlin', 'DE']]);
const keysWith = (changed: Record<string, string>) => chapterPollKeys(['berlin', 'lisbon', 'porto'], views, (id) => changed[id] ?? `key-of-${id}`, countryOf);

describe("a chapter page's key, from the polls it shows", () => {
  it("holds the keys of its chapter's and its country's polls, and no others", () => {
    expect(keysWith({})).toEqual([
      ['berlin', ['key-of-berlin-venue']],
      ['lisbon', ['key-of-lisbon-budget', 'key-of-portugal-dues']],
      ['porto', ['key-of-portugal-dues']],
    ]);
  });

  it("stays the same when a poll of the whole organization changes, and changes with the chapter's own", () => {
    const before = keysWith({});
    expect(keysWith({ everyone: 'new votes' })).toEqual(before);
    expect(keysWith({ 'portugal-dues': 'new votes' })).not.toEqual(before);
    expect(keysWith({ 'portugal-dues': 'new votes' })[0]).toEqual(before[0]);
  });
});

describe("a scope's list of polls, keyed by the polls it shows", () => {
  const scopesWith = (changed: Record<string, string>, list = views) => new Map(scopePollKeys(list, (id) => changed[id] ?? `key-of-${id}`, countryOf));

  it('holds the keys of the polls in its scope, and offers the scopes some poll concerns', () => {
    const scopes = scopesWith({});
    expect(scopes.get('lisbon')?.views).toEqual(['key-of-lisbon-budget', 'key-of-portugal-dues']);
    expect(scopes.get('porto')?.views).toEqual(['key-of-portugal-dues']);
    expect(scopes.get('PT')?.views).toEqual(['key-of-lisbon-budget', 'key-of-portugal-dues']);
    expect(scopes.get('porto')?.offered).toEqual(scopes.get('lisbon')?.offered);
    // Porto has no poll of its own but Portugal's concerns it; every scope here has one.
    expect(scopes.get('porto')?.offered).toContain('porto');
  });

  it("changes only for the scopes a poll with new votes is in", () => {
    const before = scopesWith({});
    const after = scopesWith({ everyone: 'new votes' });
    const changed = [...before.keys()].filter((scope) => JSON.stringify(before.get(scope)) !== JSON.stringify(after.get(scope)));
    expect(changed).toEqual([...before.keys()].filter((scope) => before.get(scope)!.views.includes('key-of-everyone')));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(before.size);
  });

  it('changes everywhere when a new poll makes the filter offer another scope', () => {
    const before = scopesWith({}, views.filter((v) => v.id !== 'berlin-venue'));
    const after = scopesWith({});
    for (const scope of before.keys()) expect(after.get(scope)?.offered).not.toEqual(before.get(scope)?.offered);
  });
});

describe('the plan Astro is given first, in a build that renders everything', () => {
  // The demo's content, planned as `npm run build` plans it: Astro reads the early plan the moment it is written
  // and never again, so it must say what the whole plan says on everything Astro reads.
  const dirs: string[] = [];
  const cacheDir = () => {
    dirs.push(fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-plan-')));
    return dirs.at(-1)!;
  };
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const astroReads = (p: BuildPlan) => ({ format: p.format, reuse: p.reuse, reusedEntryIds: p.reusedEntryIds, code: p.code, languages: p.languages });

  it('comes before the keys are worked out, and agrees with the whole plan, with --fresh or an empty cache', () => {
    for (const fresh of [true, false]) {
      const early: BuildPlan[] = [];
      const plan = makePlan({ projectRoot: process.cwd(), cacheDir: cacheDir(), fresh }, (p) => early.push(structuredClone(p)));
      expect(early).toHaveLength(1);
      expect(Object.keys(early[0]!.render)).toHaveLength(0);
      expect(Object.keys(plan.render).length).toBeGreaterThan(10);
      expect(astroReads(early[0]!)).toEqual(astroReads(plan));
    }
  });

  it('is not given when the cache holds pages: only the whole plan knows which are reused', () => {
    const dir = cacheDir();
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ format: 3, groups: { 'blog/x': { key: 'k', outputs: ['en/blog/x/index.html'], stamps: ['s'] } } }));
    const early: BuildPlan[] = [];
    makePlan({ projectRoot: process.cwd(), cacheDir: dir }, (p) => early.push(p));
    expect(early).toHaveLength(0);
  });
});
