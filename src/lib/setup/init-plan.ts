import { stableStringify } from '../sync/stable-json.ts';
import { languageEntry } from './languages.ts';
import { pagesUrl, type InitSettings } from './settings.ts';
import { fillTemplate } from './templates.ts';

/**
 * What `npm run init` writes, decided without touching the disk: every file of a minimal, valid
 * organization, as repository-relative paths and their text. The script removes the demo and writes these.
 */
export interface PlannedFile {
  path: string;
  text: string;
}

export interface InitInputs {
  settings: InitSettings;
  /** The day the organization starts, YYYY-MM-DD: the maintainer's `since`, the chapter's founding, the first post. */
  today: string;
  /** Languages the project ships interface strings for (src/i18n/strings/<code>.yml). */
  projectLanguages: readonly string[];
  /** The text of src/i18n/strings/en.yml, the reference, for languages the project lacks. */
  englishStrings: string;
  template: (name: string) => string;
}

/** The first chapter's id: its file name, named by the maintainer's roster entry. */
export const FIRST_CHAPTER = 'founding';

export function planInit({ settings, today, projectLanguages, englishStrings, template }: InitInputs): PlannedFile[] {
  const { name, repository, defaultLanguage, maintainer } = settings;
  const vars = {
    nameQ: JSON.stringify(name).slice(1, -1),
    nameMdx: name.replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`),
    repository,
    owner: repository.split('/')[0]!,
    url: pagesUrl(repository),
    defaultLanguage,
    languages: settings.languages.map(languageLine).join('\n'),
    maintainer,
    chapter: FIRST_CHAPTER,
    today,
  };
  const file = (path: string, templateName: string, extra: Record<string, string> = {}): PlannedFile => ({
    path,
    text: fillTemplate(template(templateName), { ...vars, ...extra }),
  });
  const lang = `content/${defaultLanguage}`;
  return [
    file('content/site.yml', 'content/site.yml'),
    file('content/members.yml', 'content/members.yml'),
    file(`content/chapters/${FIRST_CHAPTER}.yml`, 'content/chapters/CHAPTER.yml'),
    file(`${lang}/documents/mission.mdx`, 'content/LANG/documents/mission.mdx'),
    file(`${lang}/handbook/index.mdx`, 'content/LANG/handbook/index.mdx'),
    file(`${lang}/blog/welcome.mdx`, 'content/LANG/blog/welcome.mdx'),
    ...settings.languages.map((code) => {
      const extra = { code, languageName: languageEntry(code).name };
      return projectLanguages.includes(code)
        ? file(`content/${code}/ui.yml`, 'content/LANG/ui.translated.yml', extra)
        : file(`content/${code}/ui.yml`, 'content/LANG/ui.untranslated.yml', { ...extra, strings: commentedOut(englishStrings) });
    }),
    // An empty snapshot: the first `npm run sync` fills it. Written by the serializer the sync uses.
    { path: 'content/github/state.json', text: stableStringify({ repository, syncedAt: null }) },
    file('.github/CODEOWNERS', '.github/CODEOWNERS'),
    file('.github/ISSUE_TEMPLATE/config.yml', '.github/ISSUE_TEMPLATE/config.yml'),
  ];
}

function languageLine(code: string): string {
  const { name, dir } = languageEntry(code);
  return `  - { code: ${code}, name: ${JSON.stringify(name)}, dir: ${dir} }`;
}

/**
 * English's strings as a to-do list: each "key: text" line commented out (readers get English until a line
 * is translated and uncommented), section headings kept, the English file's own header left out. No final
 * newline: the template has it.
 */
export function commentedOut(englishStrings: string): string {
  const lines = englishStrings.split('\n');
  const firstKey = lines.findIndex((l) => /^[\w.]+:/.test(l));
  const firstSection = lines.slice(0, firstKey).findLastIndex((l) => l.trim() === '') + 1;
  return lines
    .slice(firstSection)
    .map((l) => (/^[\w.]+:/.test(l) ? `# ${l}` : l))
    .join('\n')
    .trimEnd();
}
