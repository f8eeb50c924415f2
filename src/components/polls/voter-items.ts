import { escapeAttribute, escapeText } from '../../lib/html/escape.ts';

/**
 * The list items of a poll's voters, each linked to their GitHub profile. A poll page is written in every
 * language and a busy poll has hundreds of voters: as a string the list costs a fraction of what as many template
 * elements cost Astro's renderer, and it is the same in every language, so it is made once per list.
 */
const made = new WeakMap<readonly string[], string>();

/** A member's GitHub profile, for the pages that list members by login. */
export const profileUrl = (login: string) => `https://github.com/${encodeURIComponent(login)}`;

export function voterItems(logins: readonly string[]): string {
  let html = made.get(logins);
  if (html === undefined) {
    html = logins.map((login) => `<li><a href="${escapeAttribute(profileUrl(login))}" class="external">@${escapeText(login)}</a></li>`).join('');
    made.set(logins, html);
  }
  return html;
}
