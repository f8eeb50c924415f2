import { parseArgs } from 'node:util';
import { ChapterhouseError } from '../errors.ts';
import { formatHelp, usageLine } from './help.ts';

/**
 * Every script's command line, declared once: what it does, its flags, an example, and whether it writes
 * to GitHub or pushes. `runCommand` parses with node:util `parseArgs` in strict mode, so
 *   --help         prints the help on stdout and exits 0 having done nothing;
 *   an unknown flag, a flag missing its value, or a stray argument exits 2 with the message and the usage line;
 *   anything else runs the command; a ChapterhouseError exits 1 with its message and fix.
 */

export interface FlagSpec {
  type: 'string' | 'boolean';
  /** One line for the help. */
  description: string;
  /** What the value looks like in the help: `--lang <code>`. Strings only. */
  value?: string;
  short?: string;
  /** Strings only: the flag may be given more than once. */
  multiple?: boolean;
}

export interface PositionalSpec {
  name: string;
  description: string;
  /** Shown as `[name]` when optional, `<name>` when required; a missing required one is a usage error. */
  required?: boolean;
  /** Takes every remaining argument (shown `[name…]`). */
  variadic?: boolean;
}

export interface CommandSpec<F extends Record<string, FlagSpec> = Record<string, FlagSpec>> {
  /** How it is run: `npm run tally`. */
  name: string;
  /** What it does, in a sentence or a short paragraph. */
  summary: string;
  flags: F;
  positionals?: readonly PositionalSpec[];
  /**
   * What this command changes on GitHub or pushes, said in its help; leave it out for a command that does
   * neither (the help then says "never").
   */
  writes?: string;
  /** Environment variables it reads, for the help. */
  env?: Record<string, string>;
  examples: readonly string[];
}

type FlagValue<S extends FlagSpec> = S['type'] extends 'boolean' ? boolean : S['multiple'] extends true ? string[] : string | undefined;
export type FlagValues<F extends Record<string, FlagSpec>> = { [K in keyof F]: FlagValue<F[K]> };

export interface ParsedArgs<F extends Record<string, FlagSpec>> {
  flags: FlagValues<F>;
  positionals: string[];
}

/** A command line that cannot be run as given: exit 2 with the usage line. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type ParseOutcome<F extends Record<string, FlagSpec>> = { kind: 'help' } | { kind: 'run'; args: ParsedArgs<F> };

/** Parse a command line against a spec; throws UsageError for anything the spec does not allow. */
export function parseCommandLine<const F extends Record<string, FlagSpec>>(spec: CommandSpec<F>, argv: string[]): ParseOutcome<F> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, flag] of Object.entries(spec.flags)) {
    options[name] = { type: flag.type, ...(flag.short ? { short: flag.short } : {}), ...(flag.multiple ? { multiple: true } : {}) };
  }
  const positionals = spec.positionals ?? [];
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: positionals.length > 0 });
  } catch (e) {
    throw new UsageError(parseErrorMessage(e));
  }
  // --help wins over everything else on the line, so "--help" can never start the work.
  if (parsed.values.help) return { kind: 'help' };

  const variadic = positionals.some((p) => p.variadic);
  if (!variadic && parsed.positionals.length > positionals.length) {
    throw new UsageError(`unexpected argument "${parsed.positionals[positionals.length]}"`);
  }
  const missing = positionals.find((p, i) => p.required && parsed.positionals[i] === undefined);
  if (missing) throw new UsageError(`missing <${missing.name}>: ${missing.description}`);

  const flags: Record<string, unknown> = {};
  for (const [name, flag] of Object.entries(spec.flags)) {
    const value = parsed.values[name];
    if (flag.type === 'boolean') flags[name] = value === true;
    else if (flag.multiple) flags[name] = (value as string[] | undefined) ?? [];
    else flags[name] = value as string | undefined;
  }
  return { kind: 'run', args: { flags: flags as FlagValues<F>, positionals: parsed.positionals } };
}

/** parseArgs' messages are written for programmers; say the same thing in a member's words. */
function parseErrorMessage(e: unknown): string {
  const error = e as { code?: string; message?: string };
  const flag = /'(-[^' ]+)/.exec(error.message ?? '')?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown flag ${flag ?? ''}`.trim();
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument missing|ambiguous/.test(error.message ?? '')) return `${flag ?? 'a flag'} needs a value`;
      return `${flag ?? 'a flag'} takes no value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${/'([^']*)'/.exec(error.message ?? '')?.[1] ?? ''}`.trim();
    default:
      return error.message ?? String(e);
  }
}

export interface CommandIO {
  argv?: string[];
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
}

/**
 * The one place a script turns an outcome into an exit code. Progress and errors go to stderr; only
 * machine-readable output (`--json`) and help go to stdout, so `npm run x -- --json | jq` works.
 */
export async function runCommand<const F extends Record<string, FlagSpec>>(
  spec: CommandSpec<F>,
  main: (args: ParsedArgs<F>) => Promise<number | void>,
  io: CommandIO = {},
): Promise<number> {
  guardStdoutPipe();
  const stdout = io.stdout ?? ((text: string) => process.stdout.write(text));
  const stderr = io.stderr ?? ((text: string) => process.stderr.write(text));
  let code: number;
  try {
    const outcome = parseCommandLine(spec, io.argv ?? process.argv.slice(2));
    if (outcome.kind === 'help') {
      stdout(formatHelp(spec));
      code = 0;
    } else code = (await main(outcome.args)) ?? 0;
  } catch (e) {
    if (e instanceof UsageError) {
      stderr(`✖ ${e.message}\nUsage: ${usageLine(spec)}\n  → run "${spec.name} -- --help" for the flags and an example\n`);
      code = 2;
    } else if (e instanceof ChapterhouseError) {
      stderr(`\n✖ ${e.message}\n`);
      code = 1;
    } else {
      stderr(`\n✖ Unexpected failure: ${(e as Error)?.stack ?? String(e)}\n  → this is a bug in Chapterhouse; please open an issue with the text above.\n`);
      code = 1;
    }
  }
  process.exitCode = code;
  return code;
}

let pipeGuarded = false;
/** `npm run x -- --help | head` closes the pipe early: that is the reader being done, not a failure. */
function guardStdoutPipe() {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

export const progress = (message: string) => process.stderr.write(`${message}\n`);
