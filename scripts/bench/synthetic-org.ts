import { BOT, PAGE_CATEGORY, POLL_CATEGORY, pageThreads, pollDiscussions, type SyntheticDiscussion } from './discussions.ts';
import { laterEdits, pageFiles, syntheticLanguages, syntheticPages, type SyntheticPage } from './pages.ts';
import { syntheticChapters, syntheticRoster, type SyntheticChapter, type SyntheticMember } from './people.ts';
import { pollFile, syntheticPolls, type SyntheticPoll } from './polls.ts';
import type { OrgShape } from './shape.ts';

/**
 * A whole synthetic organization, as data: the files of its repository (two commits' worth) and its GitHub
 * discussions. Deterministic: the same shape always gives the same bytes. Writing it to disk, committing it
 * and serving the discussions are the bench script's job.
 */

export const SYNTHETIC_REPOSITORY = 'synthetic-commons/chapterhouse';

export interface SyntheticOrg {
  shape: OrgShape;
  /** Repository-relative path → text, for the first commit. */
  files: Map<string, string>;
  /** Files changed by the second commit (default-language pages edited after translation). */
  edits: Map<string, string>;
  chapters: SyntheticChapter[];
  roster: SyntheticMember[];
  pages: SyntheticPage[];
  polls: SyntheticPoll[];
  discussions: SyntheticDiscussion[];
  repository: string;
  categories: string[];
}

export function syntheticOrg(shape: OrgShape): SyntheticOrg {
  const languages = syntheticLanguages(shape.languages);
  const chapters = syntheticChapters(shape);
  const roster = syntheticRoster(shape, chapters);
  const pages = syntheticPages(shape, chapters, roster);
  // Poll discussions take the first numbers, page threads follow.
  const polls = syntheticPolls(shape, chapters, roster, 1);
  const pollThreads = pollDiscussions(shape, polls);
  const discussions = [...pollThreads, ...pageThreads(shape, pages, roster, pollThreads.length + 1)];

  const files = new Map<string, string>();
  files.set('content/site.yml', siteFile(languages.map((l) => ({ code: l.code, name: l.name, dir: l.dir }))));
  files.set('content/members.yml', rosterFile(roster));
  for (const c of chapters) files.set(`content/chapters/${c.id}.yml`, chapterFile(c));
  for (const [file, text] of pageFiles(pages)) files.set(file, text);
  for (const poll of polls) files.set(`content/polls/${poll.id}.yml`, pollFile(poll));
  const edits = laterEdits(shape, pages, files);
  return { shape, files, edits, chapters, roster, pages, polls, discussions, repository: SYNTHETIC_REPOSITORY, categories: [PAGE_CATEGORY, POLL_CATEGORY] };
}

function siteFile(languages: { code: string; name: string; dir?: string }[]): string {
  return [
    'name: Synthetic Commons',
    'tagline: A generated organization for measuring Chapterhouse at scale.',
    'url: https://synthetic.example.org',
    `repository: ${SYNTHETIC_REPOSITORY}`,
    'branch: main',
    `defaultLanguage: ${languages[0]!.code}`,
    'languages:',
    ...languages.map((l) => `  - { code: ${l.code}, name: ${JSON.stringify(l.name)}${l.dir ? `, dir: ${l.dir}` : ''} }`),
    'polls:',
    '  quorum: 0.25',
    '  threshold: simple-majority',
    `  bot: ${BOT}`,
    `  category: ${POLL_CATEGORY}`,
    'discussions:',
    `  categories: [${PAGE_CATEGORY}, ${POLL_CATEGORY}]`,
    `  pageCategory: ${PAGE_CATEGORY}`,
    '  shareAcrossLanguages: true',
    '',
  ].join('\n');
}

function rosterFile(roster: readonly SyntheticMember[]): string {
  const line = (m: SyntheticMember) =>
    `- { github: ${m.github}, chapter: ${m.chapter}, since: ${m.since}${m.until ? `, until: ${m.until}` : ''}${m.role === 'maintainer' ? ', role: maintainer' : ''} }`;
  return `${roster.map(line).join('\n')}\n`;
}

function chapterFile(c: SyntheticChapter): string {
  return [
    `name: ${JSON.stringify(c.name)}`,
    `city: ${JSON.stringify(c.city)}`,
    `country: ${c.country}`,
    'status: active',
    `founded: ${c.founded}`,
    'cadence: Every second Saturday at low tide',
    `contact: mailto:${c.id}@synthetic.example.org`,
    '',
  ].join('\n');
}

/** What the organization holds, for the report. */
export function orgCounts(org: SyntheticOrg) {
  const pageThreads = org.discussions.filter((d) => d.category === PAGE_CATEGORY);
  const pollThreads = org.discussions.filter((d) => d.category === POLL_CATEGORY);
  const pagesByLang: Record<string, number> = {};
  for (const p of org.pages) for (const l of p.langs) pagesByLang[l] = (pagesByLang[l] ?? 0) + 1;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    pages: sum(Object.values(pagesByLang)),
    pagesByLang,
    members: org.roster.length,
    chapters: org.chapters.length,
    polls: org.polls.length,
    discussions: org.discussions.length,
    pageThreads: pageThreads.length,
    comments: sum(pageThreads.map((d) => d.comments.length)),
    votes: sum(pollThreads.map((d) => sum(d.comments.map((c) => c.reactions.length)))),
    editedPages: org.edits.size,
  };
}
