/**
 * Every error a member or maintainer can meet says what happened and what to do next.
 * Library code throws these; only entry points (scripts/) turn them into exit codes.
 */
export class ChapterhouseError extends Error {
  readonly code: string;
  readonly fix: string;
  constructor(code: string, message: string, fix: string) {
    super(`${message}\n  → ${fix}`);
    this.name = 'ChapterhouseError';
    this.code = code;
    this.fix = fix;
  }
}

/** One problem in one content file, printed python/peps style as `path: field: message`. */
export interface ContentProblem {
  file: string;
  /** Dotted field path such as `authors[0]`, or empty for the file as a whole. */
  field: string;
  message: string;
  line?: number;
  /** A note tells the reader something worth knowing (printed like a problem) without failing the check. */
  level?: 'note';
}

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const message = p.level === 'note' ? `note: ${p.message}` : p.message;
  return p.field ? `${where}: ${p.field}: ${message}` : `${where}: ${message}`;
}

/** Thrown when content fails validation; carries every problem found, not just the first. */
export class ContentError extends ChapterhouseError {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      'content-invalid',
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in content:\n${problems.map(formatProblem).join('\n')}`,
      'fix the fields named above and run "npm run check" again',
    );
    this.problems = problems;
  }
}

/** Format a zod-style path: ['authors', 0, 'login'] → `authors[0].login`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}
