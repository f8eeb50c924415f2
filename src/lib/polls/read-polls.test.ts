import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPolls } from './read-polls.ts';

function rootWith(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-poll-files-'));
  fs.mkdirSync(path.join(root, 'polls'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, 'polls', name), text);
  return root;
}

const GOOD = `title: Adopt
question: { en: Adopt it?, es: ¿Adoptarlo? }
type: single
options:
  - { key: "yes", label: "Yes" }
  - { key: "no", label: { en: "No", ja: いいえ } }
opens: 2026-09-01T09:00:00Z
closes: 2026-09-15T11:00:00+02:00
discussion: 30
proposal: 12
`;

const problems = (text: string, name = 'broken.yml') => readPolls(rootWith({ [name]: text })).problems.map((p) => `${p.field}: ${p.message}`);

describe('readPolls', () => {
  it('reads a valid poll with its id, keeping the source for line numbers', () => {
    const { polls, problems: found } = readPolls(rootWith({ 'adopt.yml': GOOD }));
    expect(found).toEqual([]);
    expect(polls.map((p) => [p.id, p.data.type, p.data.options.map((o) => o.key), p.data.proposal])).toEqual([['adopt', 'single', ['yes', 'no'], 12]]);
    expect(polls[0]!.source).toBe(GOOD);
  });

  it('names every broken field of a malformed poll', () => {
    const text = GOOD.replace('type: single', 'type: ranked').replace('opens: 2026-09-01T09:00:00Z', 'opens: 2026-09-01').replace('{ key: "no",', '{ key: "No!",').replace('proposal: 12', 'proposal: 12\nquorom: 0.3');
    expect(problems(text)).toEqual([
      'type: "ranked" is not allowed: write one of "single", "approval"',
      'options[1].key: use lowercase letters, digits and hyphens for an option key, e.g. "yes" or "lisbon"',
      'opens: write a timestamp with a time zone, for example 2026-05-01T09:00:00Z',
      ': unknown field "quorom": check the spelling or remove it',
    ]);
  });

  it('rejects a window that closes before it opens, duplicate options, and a proposal poll without yes/no', () => {
    const text = GOOD.replace('closes: 2026-09-15T11:00:00+02:00', 'closes: 2026-08-15T00:00:00Z').replace('{ key: "no",', '{ key: "yes",');
    expect(problems(text)).toEqual([
      'closes: closes (2026-08-15T00:00:00Z) must be after opens (2026-09-01T09:00:00Z); move one of them',
      'options[1].key: option "yes" is listed twice; keep one',
      'options: a poll that decides a proposal needs the options "yes" and "no" (and "abstain" if wanted)',
    ]);
  });

  it('asks for a usable file name', () => {
    expect(problems(GOOD, 'Adopt Now.yml')).toEqual([': a poll file name is its id: use lowercase letters, digits and hyphens, e.g. "dues-change.yml"']);
  });
});
