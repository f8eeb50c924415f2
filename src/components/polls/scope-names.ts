import { say, t } from '../../i18n/index.ts';
import { ORGANIZATION, scopeKey, scopeName } from '../../lib/polls/scope.ts';
import { chapters } from '../../lib/site-data.ts';
import type { PollScope } from '../../schemas/index.ts';

/** A scope key ("organization", a chapter id, a country code) in the reader's words. */
export function nameOfScope(key: string, lang: string): string {
  return scopeName(key, lang, new Map([...chapters()].map(([id, c]) => [id, say(c.name, lang)])), t(lang, 'polls.scope.organization'));
}

/** "Chapter poll: Lisbon" / "Country poll: Portugal", or null for a poll of the whole organization. */
export function scopeLabel(scope: PollScope | undefined, lang: string): string | null {
  if (!scope) return null;
  return t(lang, scope.chapter !== undefined ? 'polls.scope.chapter' : 'polls.scope.country', { scope: nameOfScope(scopeKey(scope), lang) });
}

export { ORGANIZATION };
