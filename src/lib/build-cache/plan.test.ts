import { describe, expect, it } from 'vitest';
import type { PollView } from '../polls/views.ts';
import { chapterPollKeys } from './plan.ts';

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
