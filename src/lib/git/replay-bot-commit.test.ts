import { describe, expect, it } from 'vitest';
import { replayFile } from './replay-bot-commit.ts';

const paths = { botOwned: ['content/github', 'content/polls/state', 'content/polls/results'], polls: 'content/polls' };
const POLL = 'content/polls/budget.yml';
const before = 'title: Budget\nopens: 2026-11-26T09:00:00Z\ncloses: 2026-12-03T09:00:00Z\n';
const ours = `${before}discussion: 33 # created by polls:open\n`;

describe('replayFile', () => {
  it('keeps the bot\'s version of its own files', () => {
    expect(replayFile('content/polls/results/budget.json', '{"a":1}\n', '{"a":2}\n', '{"a":1}\n', paths)).toEqual({ path: 'content/polls/results/budget.json', text: '{"a":2}\n' });
    expect(replayFile('content/github/discussions/9.json', '{}\n', null, '{}\n', paths)).toEqual({ path: 'content/github/discussions/9.json', text: null });
  });

  it('adds the discussion line again to a poll file a member edited meanwhile, keeping their edit', () => {
    const theirs = before.replace('closes: 2026-12-03T09:00:00Z', 'closes: 2026-12-04T09:00:00Z');
    expect(replayFile(POLL, before, ours, theirs, paths)).toEqual({ path: POLL, text: `${theirs}discussion: 33 # created by polls:open\n` });
    expect(replayFile(POLL, before, ours, 'title: Budget', paths)).toEqual({ path: POLL, text: 'title: Budget\ndiscussion: 33 # created by polls:open\n' });
  });

  it('takes main\'s file when it already names the same discussion', () => {
    expect(replayFile(POLL, before, ours, `${before}discussion: 33\n`, paths)).toEqual({ path: POLL, text: `${before}discussion: 33\n` });
  });

  it('leaves to a person what it cannot carry over', () => {
    expect(replayFile(POLL, before, ours, `${before}discussion: 40\n`, paths)).toEqual({ path: POLL, conflict: 'main now says "discussion: 40", but polls:open opened the vote in discussion #33' });
    expect(replayFile(POLL, before, ours, null, paths)).toMatchObject({ conflict: expect.stringMatching(/^the poll file was removed or renamed on main/) });
    expect(replayFile(POLL, before, 'title: Something else\n', before, paths)).toMatchObject({ conflict: expect.stringMatching(/only ever does by appending/) });
    expect(replayFile('README.md', 'a\n', 'b\n', 'a\n', paths)).toMatchObject({ conflict: 'the bot never changes this file, yet its commit does' });
  });
});
