import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A real git repository in a temporary folder, with commits dated on purpose: staleness is about
 * the order of changes, so tests write history instead of mocking it.
 */
export interface GitFixture {
  dir: string;
  write(file: string, text: string): void;
  read(file: string): string;
  /** Commit everything written so far, with both author and committer dated `date`. */
  commit(message: string, date: string): string;
  remove(): void;
}

export function createGitFixture(prefix = 'ch-translations-'): GitFixture {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    });
  git(['init', '-q', '-b', 'main']);
  git(['config', 'user.email', 'translator@example.org']);
  git(['config', 'user.name', 'Fixture']);
  git(['config', 'commit.gpgsign', 'false']);
  return {
    dir,
    write(file, text) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    },
    read: (file) => fs.readFileSync(path.join(dir, file), 'utf8'),
    commit(message, date) {
      git(['add', '-A'], date);
      git(['commit', '-q', '--allow-empty', '-m', message], date);
      return git(['rev-parse', 'HEAD']).trim();
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export const SITE_YML = `name: Test Commons
tagline: Testing translations.
repository: example/commons
branch: main
defaultLanguage: en
languages:
  - { code: en, name: English }
  - { code: es, name: Español }
  - { code: ja, name: 日本語 }
discussions:
  categories: [Comments]
  pageCategory: Comments
`;

/** A document page; `extra` adds frontmatter lines. */
export function doc(title: string, body: string, extra = 'order: 1\n'): string {
  return `---\ntitle: ${title}\nsummary: A page of the test organization.\nstatus: draft\n${extra}---\n\n${body}\n`;
}
