import type { ContentProblem } from '../errors.ts';
import { loginKey, type ChapterData, type Member, type PostData } from '../../schemas/index.ts';
import type { PageEntry } from './load.ts';

/**
 * Checks that need more than one file: a post's authors must be on the roster, its scope must name a
 * chapter or a country that has one, and no two pages of a kind and language may share a URL.
 * `roster` is null when members.yml could not be read, and `unreadable` names chapters whose file failed:
 * their own errors say what is wrong, so references to them are not reported again.
 */
export function pageCrossProblems(
  pages: PageEntry[],
  roster: Member[] | null,
  { chapters, unreadable = new Set() }: { chapters: ReadonlyMap<string, ChapterData>; unreadable?: ReadonlySet<string> },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const logins = roster && new Set(roster.map((m) => loginKey(m.github)));
  const countries = new Set([...chapters.values()].map((c) => c.country));

  const seen = new Map<string, string>();
  for (const page of pages) {
    const key = `${page.lang}/${page.kind}/${page.slug}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({ file: page.file, field: '', message: `has the same address (/${key}/) as ${earlier}; rename one of the two files` });
    } else seen.set(key, page.file);

    if (page.kind !== 'blog') continue;
    const post = page.data as PostData;
    post.authors.forEach((author, i) => {
      if (logins && !logins.has(loginKey(author))) {
        problems.push({ file: page.file, field: `authors[${i}]`, message: `"${author}" is not in content/members.yml; use the author's GitHub username as listed there, or add them to the roster first` });
      }
    });
    const scope = post.scope;
    if (scope === 'international') continue;
    if (/^[A-Z]{2}$/.test(scope)) {
      // A country is judged only when every chapter could be read: the unreadable one may be in it.
      if (!countries.has(scope) && unreadable.size === 0) {
        problems.push({ file: page.file, field: 'scope', message: `no chapter is in country "${scope}"; use "international", a country with a chapter (${[...countries].sort().join(', ')}) or a chapter id` });
      }
    } else if (!chapters.has(scope) && !unreadable.has(scope)) {
      problems.push({ file: page.file, field: 'scope', message: `there is no chapter "${scope}"; use "international", a country code, or one of: ${[...chapters.keys()].sort().join(', ')}` });
    }
  }
  return problems;
}
