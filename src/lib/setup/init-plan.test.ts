import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentProblems } from '../content/validate.ts';
import { readSite } from '../content/load.ts';
import { mdxSafetyProblems } from '../security/mdx-safety.ts';
import { translationContentProblems } from '../translations/check.ts';
import { commentedOut, planInit } from './init-plan.ts';
import { readTemplate } from './templates.ts';

const ENGLISH = '# Interface strings for English, the reference.\n# More header.\n\n# Site frame\nsite.menu: Menu\nnav.home: Home\n\n# Blog\nblog.by: "By {authors}"\n';
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function plan(name: string, languages = ['en', 'fr', 'ar']) {
  return planInit({ settings: { name, repository: 'harbor-alliance/site', languages, defaultLanguage: languages[0]!, maintainer: 'octocat' }, today: '2026-12-01', projectLanguages: ['en', 'es', 'ja'], englishStrings: ENGLISH, template: readTemplate });
}

/** Write the plan's content/ into a temp folder, as the repository's content/. */
function written(files: ReturnType<typeof plan>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-init-plan-'));
  dirs.push(root);
  for (const f of files.filter((x) => x.path.startsWith('content/'))) {
    fs.mkdirSync(path.dirname(path.join(root, f.path)), { recursive: true });
    fs.writeFileSync(path.join(root, f.path), f.text);
  }
  return path.join(root, 'content');
}

describe('planInit', () => {
  it('writes a valid organization whatever characters its name holds', () => {
    const name = 'Harbor "Alliance": {Docks} <& Co> #1';
    const content = written(plan(name));
    expect(readSite(content)).toMatchObject({ name, repository: 'harbor-alliance/site', url: 'https://harbor-alliance.github.io/site/', defaultLanguage: 'en' });
    expect(readSite(content).languages).toEqual([{ code: 'en', name: 'English', dir: 'ltr' }, { code: 'fr', name: 'Français', dir: 'ltr' }, { code: 'ar', name: 'العربية', dir: 'rtl' }]);
    expect(contentProblems(content)).toEqual([]);
    // Only notes: the name, tagline and first chapter are written in the default language, for translators to do.
    expect(translationContentProblems(content).filter((p) => p.level !== 'note')).toEqual([]);
    expect(translationContentProblems(content).map((p) => p.message.split(':')[0])).toContain('not translated into "fr" yet');
    for (const page of ['en/documents/mission.mdx', 'en/handbook/index.mdx', 'en/blog/welcome.mdx']) {
      expect(mdxSafetyProblems(page, fs.readFileSync(path.join(content, page), 'utf8'))).toEqual([]);
    }
    expect(fs.readFileSync(path.join(content, 'en/blog/welcome.mdx'), 'utf8')).toContain('Welcome to the website of Harbor "Alliance": &#123;Docks&#125; &#60;& Co&#62; #1.');
  });

  it('gives a language the project has its strings, and one it lacks English to translate, commented out and marked', () => {
    const files = new Map(plan('Harbor Alliance').map((f) => [f.path, f.text]));
    expect(files.get('content/en/ui.yml')).toContain('Chapterhouse ships a translation of every string in this\n# language (src/i18n/strings/en.yml)');
    const fr = files.get('content/fr/ui.yml')!;
    expect(fr).toMatch(/^# Interface strings in Français \(fr\)\.\n#\n# NOT TRANSLATED YET\./);
    expect(fr.endsWith('# Site frame\n# site.menu: Menu\n# nav.home: Home\n\n# Blog\n# blog.by: "By {authors}"\n')).toBe(true);
  });

  it('starts with no poll and an empty snapshot, and puts the maintainer on the roster and in CODEOWNERS', () => {
    const files = new Map(plan('Harbor Alliance').map((f) => [f.path, f.text]));
    expect([...files.keys()].filter((p) => p.startsWith('content/polls'))).toEqual([]);
    expect(JSON.parse(files.get('content/github/state.json')!)).toEqual({ repository: 'harbor-alliance/site', syncedAt: null });
    expect(files.get('content/members.yml')).toContain('- { github: octocat, chapter: founding, since: 2026-12-01, role: maintainer }');
    expect(files.get('.github/CODEOWNERS')).toContain('/content/site.yml          @octocat');
    expect(files.get('.github/ISSUE_TEMPLATE/config.yml')).toContain('url: https://github.com/harbor-alliance/site/discussions');
  });
});

describe('commentedOut', () => {
  it('drops the English header, keeps section headings, comments every string', () => {
    expect(commentedOut(ENGLISH)).toBe('# Site frame\n# site.menu: Menu\n# nav.home: Home\n\n# Blog\n# blog.by: "By {authors}"');
  });
});
