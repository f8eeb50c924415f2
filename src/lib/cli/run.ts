import { ChapterhouseError } from '../errors.ts';

/**
 * The one place a script turns an outcome into an exit code. Progress and errors go to stderr;
 * only machine-readable output (`--json`) goes to stdout, so `npm run x -- --json | jq` works.
 */
export async function runCli(main: (args: string[]) => Promise<number | void>): Promise<void> {
  try {
    const code = await main(process.argv.slice(2));
    process.exitCode = code ?? 0;
  } catch (e) {
    if (e instanceof ChapterhouseError) {
      process.stderr.write(`\n✖ ${e.message}\n`);
    } else {
      process.stderr.write(`\n✖ Unexpected failure: ${(e as Error)?.stack ?? String(e)}\n  → this is a bug in Chapterhouse; please open an issue with the text above.\n`);
    }
    process.exitCode = 1;
  }
}

export const progress = (message: string) => process.stderr.write(`${message}\n`);

export function hasFlag(args: string[], flag: string): boolean {
  return args.includes(flag);
}

export function flagValue(args: string[], flag: string): string | undefined {
  const i = args.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (i < 0) return undefined;
  const a = args[i]!;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[i + 1];
}
