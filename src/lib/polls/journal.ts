import { yamlFieldLine } from '../content/yaml-line.ts';
import { formatProblem, type ContentProblem } from '../errors.ts';

/**
 * What a command has done so far, in words, so that a failure half-way says what happened before it
 * ("created discussion #33 and posted 2 of 3 option comments") instead of claiming nothing changed.
 */
export class Journal {
  private readonly done: string[] = [];

  add(action: string): void {
    this.done.push(action);
  }

  get empty(): boolean {
    return this.done.length === 0;
  }

  /** "a", "a and b", "a, b and c"; `nothing` when empty. */
  sentence(nothing = 'nothing'): string {
    if (this.done.length === 0) return nothing;
    if (this.done.length === 1) return this.done[0]!;
    return `${this.done.slice(0, -1).join(', ')} and ${this.done.at(-1)}`;
  }
}

/** One poll failed; the others go on. Printed `path:line: field: message`, the message ending in what to do. */
export class PollFailure extends Error {
  readonly problem: ContentProblem;
  constructor(file: string, message: string, field = '', line?: number) {
    super(message);
    this.name = 'PollFailure';
    this.problem = { file, field, message, ...(line ? { line } : {}) };
  }

  /** For a field of a poll definition: the line comes from the file's text. */
  static at(poll: { file: string; source?: string }, field: string, message: string): PollFailure {
    return new PollFailure(poll.file, message, field, poll.source ? yamlFieldLine(poll.source, field) : undefined);
  }

  get formatted(): string {
    return formatProblem(this.problem);
  }
}
