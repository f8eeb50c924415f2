import type { PollEntry, PollScope } from '../../schemas/index.ts';
import type { ContentProblem } from '../errors.ts';

/**
 * Who a poll is for. A poll of one chapter is voted on by that chapter's members, a poll of a country by the
 * members of every chapter in it, and a poll without a scope by the whole organization. Membership is read
 * from the chapter each member belonged to when the poll opened (frozen in the electorate), never from the
 * roster as it is later.
 */

/** Chapter id → its country code (ISO 3166-1 alpha-2), as content/chapters/ says. */
export type CountryOf = ReadonlyMap<string, string>;

export function countriesOf(chapters: ReadonlyMap<string, { country: string }>): Map<string, string> {
  return new Map([...chapters].map(([id, c]) => [id, c.country]));
}

/** Is a member of `chapter` in a poll of `scope`? */
export function inScope(chapter: string, scope: PollScope | undefined, countryOf: CountryOf): boolean {
  if (!scope) return true;
  if (scope.chapter !== undefined) return chapter === scope.chapter;
  return countryOf.get(chapter) === scope.country;
}

/** The one word a scope is filed under on the site: "organization", a chapter id or a country code. */
export const ORGANIZATION = 'organization';
export function scopeKey(scope: PollScope | undefined): string {
  return scope?.chapter ?? scope?.country ?? ORGANIZATION;
}

/**
 * Does a poll concern the chapter or country `filter` (a scope key)? A chapter's polls include the polls of its
 * country, since its members vote in them; a country's include the polls of its chapters. The organization's
 * are the polls without a scope.
 */
export function concerns(scope: PollScope | undefined, filter: string, countryOf: CountryOf): boolean {
  if (filter === ORGANIZATION) return scope === undefined;
  if (!scope) return false;
  if (scope.chapter !== undefined) return scope.chapter === filter || countryOf.get(scope.chapter) === filter;
  return scope.country === filter || countryOf.get(filter) === scope.country;
}

/** A scope must name a chapter that exists, or a country that has at least one chapter. */
export function scopeProblems(poll: Pick<PollEntry, 'file' | 'data'>, countryOf: CountryOf): ContentProblem[] {
  const scope = poll.data.scope;
  if (!scope) return [];
  if (scope.chapter !== undefined && !countryOf.has(scope.chapter)) {
    const known = [...countryOf.keys()].sort().join(', ');
    return [{ file: poll.file, field: 'scope.chapter', message: `there is no chapter "${scope.chapter}": use the name of a file in content/chapters/ without .yml (${known || 'there are none yet'})` }];
  }
  if (scope.country !== undefined && ![...countryOf.values()].includes(scope.country)) {
    const known = [...new Set(countryOf.values())].sort().join(', ');
    return [{ file: poll.file, field: 'scope.country', message: `no chapter is in the country "${scope.country}" (chapters are in ${known || 'no country yet'}): fix the code, or add the chapter first` }];
  }
  return [];
}

/** A scope in a reader's words: the organization, a chapter's name, or a country's name in the reader's language. */
export function scopeName(key: string, lang: string, chapterNames: ReadonlyMap<string, string>, organization: string): string {
  if (key === ORGANIZATION) return organization;
  const chapter = chapterNames.get(key);
  if (chapter) return chapter;
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(key) ?? key;
  } catch {
    return key;
  }
}

/** Every scope a reader can filter by: the organization, each country with a chapter, then each chapter. */
export function scopeKeys(countryOf: CountryOf): string[] {
  return [ORGANIZATION, ...[...new Set(countryOf.values())].sort(), ...[...countryOf.keys()].sort()];
}
