import { splitFrontmatterLeniently } from '../content/frontmatter.ts';

/**
 * Links into GitHub's web interface, so a translator who never opened a terminal can start, update and
 * review translations from the browser.
 */

export interface RepoRef {
  /** `owner/name`. */
  repository: string;
  branch: string;
}

const github = (repo: RepoRef) => `https://github.com/${repo.repository}`;
/** Paths keep their slashes; each segment is escaped (a file name may hold spaces or non-ASCII letters). */
const encodePath = (p: string) => p.split('/').map(encodeURIComponent).join('/');

/** Everything that happened between the translation's last update and the source's latest change. */
export function compareUrl(repo: RepoRef, fromSha: string, toSha: string): string {
  return `${github(repo)}/compare/${fromSha}...${toSha}`;
}

/** The history of one file on the branch. */
export function historyUrl(repo: RepoRef, file: string): string {
  return `${github(repo)}/commits/${encodePath(repo.branch)}/${encodePath(file)}`;
}

export function commitUrl(repo: RepoRef, sha: string): string {
  return `${github(repo)}/commit/${sha}`;
}

/** The file as it is on the branch, for reading the original side by side. */
export function blobUrl(repo: RepoRef, file: string): string {
  return `${github(repo)}/blob/${encodePath(repo.branch)}/${encodePath(file)}`;
}

/** GitHub's web editor on an existing file; saving offers to open a pull request. */
export function editUrl(repo: RepoRef, file: string): string {
  return `${github(repo)}/edit/${encodePath(repo.branch)}/${encodePath(file)}`;
}

/** Browsers and proxies start refusing URLs past 8 KB; stay under with room to spare. */
export const MAX_URL_LENGTH = 8000;

/**
 * GitHub's "create a file" editor, opened on the translation's path and pre-filled with the original,
 * so the translator replaces the words and keeps the structure. A source too long for a URL is
 * reduced to its frontmatter and a note pointing at the original.
 */
export function newFileUrl(repo: RepoRef, file: string, source: string, sourceFile: string): string {
  const slash = file.lastIndexOf('/');
  const dir = slash < 0 ? '' : file.slice(0, slash);
  const name = file.slice(slash + 1);
  const base = `${github(repo)}/new/${encodePath(repo.branch)}/${encodePath(dir)}?filename=${encodeURIComponent(name)}`;
  const full = `${base}&value=${encodeURIComponent(source)}`;
  if (full.length <= MAX_URL_LENGTH) return full;
  const short = `${base}&value=${encodeURIComponent(shortPrefill(source, blobUrl(repo, sourceFile)))}`;
  return short.length <= MAX_URL_LENGTH ? short : base;
}

/** The frontmatter (titles and settings to translate) and an MDX comment, which never reaches readers. */
export function shortPrefill(source: string, originalUrl: string): string {
  const { raw } = splitFrontmatterLeniently(source);
  const frontmatter = raw ? `---${raw}---\n` : '';
  return `${frontmatter}\n{/* The original is too long to copy here. Translate it from ${originalUrl} and replace this line. */}\n`;
}

/**
 * Where a translator changes a language's interface strings: the organization's content/<lang>/ui.yml in
 * GitHub's editor, or GitHub's "create a file" editor when the organization has none yet (the project's
 * strings, if any, apply until then).
 */
export function uiStringsUrl(repo: RepoRef, lang: string, exists: boolean): string {
  const file = `content/${lang}/ui.yml`;
  if (exists) return editUrl(repo, file);
  const header = `# Interface strings in "${lang}": one "key: text" line per string, keys as in src/i18n/strings/en.yml.\n`;
  return newFileUrl(repo, file, header, 'src/i18n/strings/en.yml');
}
