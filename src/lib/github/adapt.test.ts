import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adaptDiscussion, adaptOrExplain, adaptPullRequest } from './adapt.ts';
import { MalformedAnswerError } from './github-errors.ts';
import type { RawDiscussion } from './raw.ts';

/**
 * Inputs are answers recorded from the fake GitHub for our own operations (schema-checked queries), so their
 * shape is GitHub's. Expected outputs are reviewed files; UPDATE_FIXTURES=1 rewrites them on purpose.
 */
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const read = (name: string) => JSON.parse(fs.readFileSync(fixture(name), 'utf8'));

function expectFixture(name: string, actual: unknown) {
  if (process.env.UPDATE_FIXTURES) fs.writeFileSync(fixture(name), `${JSON.stringify(actual, null, 2)}\n`);
  expect(actual).toEqual(read(name));
}

describe('adaptDiscussion', () => {
  it('turns a recorded answer into the snapshot shape', () => {
    expectFixture('discussion.expected.json', adaptDiscussion(read('discussion.input.json')));
  });

  it('orders comments, replies and reactions by time whatever order GitHub sent them in', () => {
    const raw: RawDiscussion = read('discussion.input.json');
    raw.comments.nodes.reverse();
    for (const c of raw.comments.nodes) {
      c?.reactions.nodes.reverse();
      c?.replies?.nodes.reverse();
    }
    expect(adaptDiscussion(raw)).toEqual(read('discussion.expected.json'));
  });

  it('keeps a deleted account as a null author, and GitHub\'s minimized reason lowercased', () => {
    const d = adaptDiscussion(read('discussion.input.json'));
    expect(d.comments[0]!.author).toBeNull();
    expect(d.comments[1]!.replies.find((r) => r.isMinimized)?.minimizedReason).toBe('off-topic');
  });

  it('stops at an answer of the wrong shape, naming the item and field', () => {
    const raw = read('discussion.input.json');
    raw.comments.nodes[0].createdAt = 'yesterday';
    expect(() => adaptDiscussion(raw)).toThrow(MalformedAnswerError);
    expect(() => adaptDiscussion(raw)).toThrow(/comment DC_\w+ has an unexpected createdAt/);
    const missing = read('discussion.input.json');
    delete missing.reactions;
    expect(() => adaptOrExplain(adaptDiscussion, missing, 'discussion #7')).toThrow(/discussion #7 is missing fields/);
  });
});

describe('adaptPullRequest', () => {
  it('turns a recorded answer into the snapshot shape', () => {
    expectFixture('pull-request.expected.json', adaptPullRequest(read('pull-request.input.json')));
  });
});
