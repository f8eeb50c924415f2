import fs from 'node:fs';
import path from 'node:path';
import { readDemo } from '../content/demo.ts';
import { ChapterhouseError } from '../errors.ts';
import { git, isGitRepository, uncommittedChanges } from '../git/git.ts';
import { engineLanguages, ENGINE_STRINGS_DIR, REFERENCE_LANGUAGE } from '../../i18n/ui-strings.ts';
import { planInit, type PlannedFile } from './init-plan.ts';
import type { InitSettings } from './settings.ts';
import { readTemplate } from './templates.ts';

/**
 * `npm run init`'s work on the repository: refuse a tree with uncommitted changes or without the demo,
 * delete the demo organization (all of content/), write the new one, and stage the result so a
 * `git commit` is all that is left. Returns what it removed and created.
 */
export interface InitOutcome {
  removed: string[];
  created: PlannedFile[];
}

/** The checks init makes before it asks anything: nothing here is changed. */
export function assertReadyForInit(repo: string): void {
  if (!isGitRepository(repo)) {
    throw new ChapterhouseError('init-no-git', `${repo} is not a git checkout`, 'run "npm run init" in your clone of the repository');
  }
  const changes = uncommittedChanges(repo);
  if (changes.length) {
    const shown = changes.slice(0, 10).map((l) => `    ${l}`).join('\n');
    throw new ChapterhouseError(
      'init-dirty',
      `the working tree has uncommitted changes, which init could not tell apart from its own:\n${shown}${changes.length > 10 ? `\n    … and ${changes.length - 10} more` : ''}`,
      'commit or stash them (git stash -u), then run "npm run init" again',
    );
  }
  if (!readDemo(path.join(repo, 'content'))) {
    throw new ChapterhouseError(
      'init-not-demo',
      'content/ holds an organization already (there is no content/demo.yml): init only replaces the demo',
      'edit content/site.yml to change the settings, or start again from a fresh copy of Chapterhouse',
    );
  }
}

export function runInit(repo: string, settings: InitSettings, today: string): InitOutcome {
  assertReadyForInit(repo);
  const created = planInit({
    settings,
    today,
    projectLanguages: engineLanguages(),
    englishStrings: fs.readFileSync(path.join(repo, ENGINE_STRINGS_DIR, `${REFERENCE_LANGUAGE}.yml`), 'utf8'),
    template: readTemplate,
  });
  const removed = git(['ls-files', '-z', '--', 'content'], repo).split('\0').filter(Boolean);
  // Untracked files under content/ are impossible here (the tree is clean); ignored ones go too.
  fs.rmSync(path.join(repo, 'content'), { recursive: true, force: true });
  for (const file of created) {
    const target = path.join(repo, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.text);
  }
  git(['add', '--all', '--', 'content', ...created.map((f) => f.path).filter((p) => !p.startsWith('content/'))], repo);
  return { removed, created };
}

/** "content/en/blog/ (11 files)" lines: what was removed, by folder, so the demo's hundred files fit a screen. */
export function summarizeRemoved(files: readonly string[]): string[] {
  const byFolder = new Map<string, number>();
  for (const file of files) {
    const parts = file.split('/');
    const folder = parts.length > 2 ? `${parts.slice(0, 2).join('/')}/` : file;
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + 1);
  }
  return [...byFolder].sort(([a], [b]) => a.localeCompare(b)).map(([folder, n]) => (folder.endsWith('/') ? `${folder} (${n} file${n === 1 ? '' : 's'})` : folder));
}
