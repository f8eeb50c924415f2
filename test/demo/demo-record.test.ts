import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { regenerateDemoRecord } from '../fake-github/demo-record.ts';

/**
 * The demo's poll states and results are made, not written by hand: `npm run demo:polls` (polls:open at each
 * opening time, then the tally, against the fake GitHub) reproduces every committed byte of them and of the
 * snapshot. After a change to the dataset or the counting, run it and review the diff.
 */
let root: string;

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    if (entry.isFile()) out[path.relative(dir, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-demo-record-'));
  for (const f of ['site.yml', 'members.yml', 'demo.yml']) fs.copyFileSync(path.join('content', f), path.join(root, f));
  // A poll of one chapter or country is checked against the chapters.
  fs.cpSync(path.join('content', 'chapters'), path.join(root, 'chapters'), { recursive: true });
  fs.mkdirSync(path.join(root, 'polls'));
  for (const f of fs.readdirSync('content/polls').filter((n) => n.endsWith('.yml'))) {
    // The poll files as people wrote them: the demo's polls name their discussions themselves.
    fs.copyFileSync(path.join('content/polls', f), path.join(root, 'polls', f));
  }
  await regenerateDemoRecord(root);
});

describe('npm run demo:polls', () => {
  it('reproduces the committed poll states and results', () => {
    expect(files(path.join(root, 'polls', 'state'))).toEqual(files('content/polls/state'));
    expect(files(path.join(root, 'polls', 'results'))).toEqual(files('content/polls/results'));
  });

  it('reproduces the committed snapshot, summary comments and account ids included', () => {
    expect(files(path.join(root, 'github'))).toEqual(files('content/github'));
  });
});
