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

/** One poll failed; the others go on. The message names the poll's file and what to do. */
export class PollFailure extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(message);
    this.name = 'PollFailure';
    this.file = file;
  }
}
