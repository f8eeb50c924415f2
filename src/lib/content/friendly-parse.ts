import type { z } from 'zod';
import { ContentError, fieldPath, type ContentProblem } from '../errors.ts';

/**
 * Turn zod's issues into sentences a member can act on. zod says "Invalid input: expected string,
 * received undefined"; we say "title is missing: add a line such as `title: ...` to the frontmatter".
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const name = fieldPath(issue.path) || 'this value';
  const input = (issue as { input?: unknown }).input;
  // Schemas carry their own advice where zod's default would be vague; zod's defaults start "Invalid input".
  const custom = !/^Invalid (input|option)/.test(issue.message);
  if (issue.code === 'invalid_type') {
    if (input === undefined) {
      return `${name} is missing: add a line such as "${lastKey(issue.path)}: …" (${issue.expected} expected)`;
    }
    if (custom) return issue.message;
    return `expected ${article(issue.expected)}${issue.expected}, found ${describeValue(input)}`;
  }
  // zod's own "Unrecognized key" text would pass as custom advice; ours says what to do.
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling or remove ${issue.keys.length > 1 ? 'them' : 'it'}`;
  }
  if (custom) return issue.message;
  if (issue.code === 'invalid_value') {
    const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return `${describeValue(input)} is not allowed: write one of ${options}`;
  }
  return issue.message;
}

const lastKey = (path: readonly PropertyKey[]) => {
  const key = [...path].reverse().find((k) => typeof k === 'string');
  return key ? String(key) : 'value';
};
const article = (word: string) => (/^[aeiou]/.test(word) ? 'an ' : 'a ');
function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'an empty value';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'an invalid date' : v.toISOString().slice(0, 10);
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a group of fields';
  return String(v);
}

export function problemsFromZod(file: string, error: z.ZodError, prefix: PropertyKey[] = []): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: fieldPath([...prefix, ...issue.path]),
    message: describeIssue(issue),
  }));
}

/** safeParse that keeps each bad value in its issue, so messages can quote what the member wrote. */
export function safeParseContent<S extends z.ZodType>(schema: S, data: unknown) {
  return schema.safeParse(data, { reportInput: true });
}

/** Parse or throw a ContentError naming the file and every bad field. */
export function parseContent<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = safeParseContent(schema, data);
  if (result.success) return result.data;
  throw new ContentError(problemsFromZod(file, result.error));
}
