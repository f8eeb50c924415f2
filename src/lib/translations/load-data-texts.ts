import fs from 'node:fs';
import path from 'node:path';
import { readChapters, readSite, readTagLabels } from '../content/load.ts';
import { contentRoot, repoRelative } from '../content/paths.ts';
import { yamlLineFinder } from '../content/yaml-line.ts';
import { readPolls } from '../polls/read-polls.ts';
import { dataTextStatuses, type DataText, type DataTextStatus } from './data-texts.ts';
import { readGlossary } from './glossary.ts';

/**
 * The edge of the data-texts report: reads site.yml, the chapters, the polls, the tags and the glossaries, and
 * finds each field's line. Files that do not parse are left out here: `npm run check` reports them.
 */
export function loadDataTextStatuses(root = contentRoot()): DataTextStatus[] {
  const site = readSite(root);
  const texts: DataText[] = [];
  const fileText = (file: string) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  };
  const add = (kind: DataText['kind'], absolute: string, fields: [string, DataText['text'] | undefined][]) => {
    const lineOf = yamlLineFinder(fileText(absolute));
    const file = repoRelative(absolute);
    for (const [field, text] of fields) if (text !== undefined) texts.push({ kind, file, field, line: lineOf(field), text });
  };
  add('site', path.join(root, 'site.yml'), [['name', site.name], ['tagline', site.tagline], ['description', site.description]]);
  for (const [id, c] of readChapters(root).chapters) {
    add('chapters', path.join(root, 'chapters', `${id}.yml`), [['name', c.name], ['city', c.city], ['cadence', c.cadence], ['summary', c.summary]]);
  }
  for (const poll of readPolls(root).polls) {
    const d = poll.data;
    add('polls', path.resolve(poll.file), [['title', d.title], ['question', d.question], ['summary', d.summary], ...d.options.map((o, i): [string, DataText['text']] => [`options[${i}].label`, o.label])]);
  }
  const tags = readTagLabels(root).tags;
  add('tags', path.join(root, 'tags.yml'), Object.entries(tags));
  const languages = site.languages.map((l) => l.code);
  const byLanguage = new Map(languages.map((lang) => [lang, { file: repoRelative(path.join(root, lang, 'glossary.yml')), entries: safeGlossary(lang, root) }]));
  return dataTextStatuses(texts, { source: safeGlossary(site.defaultLanguage, root), byLanguage }, languages, site.defaultLanguage);
}

function safeGlossary(lang: string, root: string) {
  try {
    return readGlossary(lang, root);
  } catch {
    return [];
  }
}
