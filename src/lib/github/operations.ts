import fs from 'node:fs';

/**
 * GraphQL operations live one per `.graphql` file beside this module, so a test can validate every one of
 * them against GitHub's schema and a reviewer reads the query, not string-building code.
 */
export const OPERATIONS = {
  syncChanges: 'sync-changes',
  discussionsById: 'discussions-by-id',
  commentPages: 'comment-pages',
  replyPages: 'reply-pages',
  reactionPages: 'reaction-pages',
  pollComments: 'poll-comments',
  pullRequestsById: 'pull-requests-by-id',
  accountsByLogin: 'accounts-by-login',
  accountsById: 'accounts-by-id',
} as const;

const cache = new Map<string, string>();

/** The text of `operations/<name>.graphql`. */
export function readOperation(name: (typeof OPERATIONS)[keyof typeof OPERATIONS]): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(new URL(`./operations/${name}.graphql`, import.meta.url), 'utf8');
    cache.set(name, text);
  }
  return text;
}
