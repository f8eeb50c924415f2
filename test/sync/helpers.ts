import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeGitHubData } from '../fake-github/dataset.ts';
import { FIXTURE_REPOSITORY, FIXTURE_SITE_YML } from '../fixtures/site.ts';

/** A throwaway content folder holding the fixture site.yml (and any poll files given). */
export function makeContentRoot(polls: Record<string, string> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-sync-'));
  fs.writeFileSync(path.join(root, 'site.yml'), FIXTURE_SITE_YML);
  if (Object.keys(polls).length) {
    fs.mkdirSync(path.join(root, 'polls'));
    for (const [id, text] of Object.entries(polls)) fs.writeFileSync(path.join(root, 'polls', `${id}.yml`), text);
  }
  return root;
}

/** Every file under <root>/github/ with its bytes, to prove a failed sync changed nothing. */
export function snapshotBytes(root: string): Record<string, string> {
  const dir = path.join(root, 'github');
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    if (entry.isFile()) out[path.relative(dir, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name), 'base64');
  }
  return out;
}

/** Also catches leftovers of an interrupted swap next to the snapshot folder. */
export function siblings(root: string): string[] {
  return fs.readdirSync(root).sort();
}

export const REPO = FIXTURE_REPOSITORY;

/** A small repository: two page threads, a proposal discussion, an off-category one, two pull requests. */
export function smallDataset(): FakeGitHubData {
  const data = new FakeGitHubData(REPO, '2026-11-26T12:00:00Z');
  for (const c of ['Comments', 'Polls', 'Proposals', 'Ideas']) data.addCategory(c);
  const mission = data.addDiscussion({ title: 'en/documents/mission/', author: 'giscus', category: 'Comments', createdAt: '2026-10-01T10:00:00Z' });
  const c1 = data.addComment(mission.number, { author: 'ines-duarte', body: 'First!', createdAt: '2026-10-01T11:00:00Z' });
  data.addComment(mission.number, { author: 'kenji-arai', body: 'Welcome.', replyTo: c1.id, createdAt: '2026-10-01T12:00:00Z' });
  data.addReaction(c1.id, 'HEART', 'lucia-ferrer', '2026-10-01T13:00:00Z');
  const handbook = data.addDiscussion({ title: 'en/handbook/', author: 'giscus', category: 'Comments', createdAt: '2026-10-02T10:00:00Z' });
  data.addComment(handbook.number, { author: 'yuki-tanabe', body: 'Where is the tide table?', createdAt: '2026-10-02T11:00:00Z' });
  data.addDiscussion({ title: 'About proposal #12', author: 'mara-quinlan', category: 'Proposals', createdAt: '2026-10-03T10:00:00Z' });
  data.addDiscussion({ title: 'An idea', author: 'kenji-arai', category: 'Ideas', createdAt: '2026-10-04T10:00:00Z' });
  data.addPullRequest({
    number: 12, title: 'Adopt the program', author: 'mara-quinlan', state: 'OPEN', labels: ['proposal'],
    files: [{ path: 'content/en/documents/program.mdx', additions: 3, deletions: 1, changeType: 'MODIFIED' }], createdAt: '2026-10-05T10:00:00Z',
  });
  data.addPullRequest({ number: 13, title: 'Typo', author: 'yuki-tanabe', state: 'MERGED', labels: [], createdAt: '2026-10-06T10:00:00Z', mergedAt: '2026-10-06T11:00:00Z' });
  return data;
}
