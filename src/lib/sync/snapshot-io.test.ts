import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Discussion, PullRequest, Snapshot } from '../../schemas/index.ts';
import { ContentError } from '../errors.ts';
import discussionFixture from '../github/fixtures/discussion.expected.json' with { type: 'json' };
import pullRequestFixture from '../github/fixtures/pull-request.expected.json' with { type: 'json' };
import { readSnapshot } from './read-snapshot.ts';
import { snapshotFiles } from './snapshot-files.ts';
import { writeSnapshotAtomically } from './write-snapshot.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-snapshot-'));
// Three discussions and a pull request in the shapes the adapters produce from GitHub's recorded answers.
const numbered = (n: number): Discussion => ({ ...(discussionFixture as Discussion), id: `D_${n}`, number: n, url: `https://github.com/tidewater-commons/chapterhouse/discussions/${n}` });
const demo: Snapshot = {
  state: { repository: 'tidewater-commons/chapterhouse', syncedAt: '2026-11-26T12:00:00Z' },
  discussions: [numbered(1), numbered(2), numbered(3)],
  pullRequests: [pullRequestFixture as PullRequest],
  accounts: [],
};

describe('readSnapshot', () => {
  it('is empty when there is no snapshot folder yet', () => {
    expect(readSnapshot(tmp())).toEqual({ state: { repository: '', syncedAt: null }, discussions: [], pullRequests: [], accounts: [] });
  });

  it('reads back exactly what snapshotFiles wrote', () => {
    const root = tmp();
    writeSnapshotAtomically(path.join(root, 'github'), snapshotFiles(demo));
    expect(readSnapshot(root)).toEqual(demo);
  });

  it('reports every bad file with its field, at once', () => {
    const root = tmp();
    writeSnapshotAtomically(path.join(root, 'github'), snapshotFiles(demo));
    const d = path.join(root, 'github/discussions');
    fs.writeFileSync(path.join(d, '1.json'), '{ not json');
    const two = JSON.parse(fs.readFileSync(path.join(d, '2.json'), 'utf8'));
    two.comments[0].createdAt = 'tuesday';
    fs.writeFileSync(path.join(d, '2.json'), JSON.stringify(two));
    fs.renameSync(path.join(d, '3.json'), path.join(d, '99.json'));
    const error = (() => { try { readSnapshot(root); } catch (e) { return e; } })() as ContentError;
    expect(error).toBeInstanceOf(ContentError);
    expect(error.problems.map((p) => [path.basename(p.file), p.field])).toEqual([
      ['1.json', ''], ['2.json', 'comments[0].createdAt'], ['99.json', 'number'],
    ]);
    expect(error.problems[2]!.message).toBe('the file holds #3; rename it to 3.json or run "npm run sync"');
  });

  it('refuses a forged snapshot whose links leave GitHub', () => {
    const root = tmp();
    writeSnapshotAtomically(path.join(root, 'github'), snapshotFiles(demo));
    const edit = (file: string, change: (json: Record<string, any>) => void) => {
      const json = JSON.parse(fs.readFileSync(path.join(root, 'github', file), 'utf8'));
      change(json);
      fs.writeFileSync(path.join(root, 'github', file), JSON.stringify(json));
    };
    const withReplies = demo.discussions.find((d) => d.comments.some((c) => c.replies.length > 0))!;
    const c = withReplies.comments.findIndex((x) => x.replies.length > 0);
    edit(`discussions/${withReplies.number}.json`, (d) => {
      d.url = 'javascript:alert(document.domain)';
      d.comments[c].url = 'http://github.com/o/r/discussions/1#c';
      d.comments[c].replies[0].url = 'https://github.com.attacker.example/x';
    });
    const pr = demo.pullRequests[0]!;
    edit(`pull-requests/${pr.number}.json`, (p) => { p.url = 'https://user:pass@github.com/o/r/pull/1'; });
    const error = (() => { try { readSnapshot(root); } catch (e) { return e; } })() as ContentError;
    expect(error).toBeInstanceOf(ContentError);
    expect(error.problems.map((p) => `${path.basename(p.file)} ${p.field}`)).toEqual([
      `${withReplies.number}.json url`,
      `${withReplies.number}.json comments[${c}].url`,
      `${withReplies.number}.json comments[${c}].replies[0].url`,
      `${pr.number}.json url`,
    ]);
    const file = `${path.relative(process.cwd(), root)}/github/discussions/${withReplies.number}.json`;
    expect(error.problems[0]!.message).toBe(
      `"javascript:alert(document.domain)" is not an https:// address on github.com, and the snapshot only holds GitHub's own addresses: restore the file with "git checkout -- ${file}" or run "npm run sync"`,
    );
  });

  it('checks addresses against the configured GitHub server', () => {
    const root = tmp();
    writeSnapshotAtomically(path.join(root, 'github'), snapshotFiles(demo));
    expect(() => readSnapshot(root, 'https://github.example.org')).toThrow(/is not an https:\/\/ address on github\.example\.org/);
    expect(readSnapshot(root, 'https://github.com/')).toEqual(demo);
  });
});

describe('writeSnapshotAtomically', () => {
  it('replaces the folder whole: removed items disappear, and it counts what changed', () => {
    const root = tmp();
    const dir = path.join(root, 'github');
    writeSnapshotAtomically(dir, snapshotFiles(demo));
    const smaller = { ...demo, discussions: demo.discussions.slice(1) };
    const result = writeSnapshotAtomically(dir, snapshotFiles(smaller));
    expect(result).toEqual({ written: snapshotFiles(smaller).size, changed: 1 });
    expect(fs.existsSync(path.join(dir, `discussions/${demo.discussions[0]!.number}.json`))).toBe(false);
    expect(fs.readdirSync(root)).toEqual(['github']);
  });

  it('leaves the old folder untouched when writing fails half-way', () => {
    const root = tmp();
    const dir = path.join(root, 'github');
    writeSnapshotAtomically(dir, snapshotFiles(demo));
    const before = fs.readFileSync(path.join(dir, 'state.json'));
    const files = new Map(snapshotFiles({ ...demo, state: { repository: 'x/y', syncedAt: null } }));
    // A path that cannot be created (a file where a folder must go) fails after some files were staged.
    files.set('state.json/nested.json', '{}');
    expect(() => writeSnapshotAtomically(dir, files)).toThrow();
    expect(fs.readFileSync(path.join(dir, 'state.json'))).toEqual(before);
    expect(readSnapshot(root)).toEqual(demo);
    expect(fs.readdirSync(root)).toEqual(['github']);
  });
});
