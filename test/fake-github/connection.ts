import { GraphQLError } from 'graphql';

/**
 * A Relay connection over an in-memory list, as GitHub serves them: opaque cursors, `first`/`after` forward,
 * `last`/`before` backward, `pageInfo` and `totalCount`. Cursors encode the position and the kind of list,
 * so a cursor from one connection cannot silently page another.
 */
export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export function encodeCursor(kind: string, index: number): string {
  return Buffer.from(`cursor:${kind}:${index}`).toString('base64');
}

function decodeCursor(kind: string, cursor: string): number {
  const match = /^cursor:([^:]+):(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match || match[1] !== kind) throw new GraphQLError(`\`${cursor}\` does not appear to be a valid cursor.`);
  return Number(match[2]);
}

export function connection<T>(items: readonly T[], args: ConnectionArgs, kind: string): Connection<T> {
  let start = 0;
  let end = items.length;
  if (args.after) start = Math.max(start, decodeCursor(kind, args.after) + 1);
  if (args.before) end = Math.min(end, decodeCursor(kind, args.before));
  if (args.first != null) end = Math.min(end, start + args.first);
  if (args.last != null) start = Math.max(start, end - args.last);
  const page = items.slice(start, Math.max(start, end));
  const edges = page.map((node, i) => ({ cursor: encodeCursor(kind, start + i), node }));
  return {
    totalCount: items.length,
    nodes: page,
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
