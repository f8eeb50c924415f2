import { describe, expect, it } from 'vitest';
import { parseCommandLine, runCommand, UsageError } from './command.ts';
import { formatHelp, usageLine, wrap } from './help.ts';
import { ChapterhouseError } from '../errors.ts';

const spec = {
  name: 'npm run new',
  summary: 'create a page.',
  positionals: [{ name: 'kind', description: 'what to create', required: true }, { name: 'slug', description: 'its name', required: true }],
  flags: {
    lang: { type: 'string', value: 'code', description: 'the language' },
    json: { type: 'boolean', description: 'print JSON' },
    tag: { type: 'string', value: 'tag', description: 'a tag', multiple: true },
  },
  examples: ['npm run new -- post hello'],
} as const;

const usage = (argv: string[]) => {
  try {
    parseCommandLine(spec, argv);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  return null;
};

describe('parseCommandLine', () => {
  it('returns typed flags and positionals', () => {
    expect(parseCommandLine(spec, ['post', 'hello', '--lang', 'es', '--tag', 'a', '--tag=b'])).toEqual({
      kind: 'run',
      args: { flags: { lang: 'es', json: false, tag: ['a', 'b'] }, positionals: ['post', 'hello'] },
    });
  });

  it('lets --help win over everything else on the line, mistakes included', () => {
    expect(parseCommandLine(spec, ['post', '--help'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(spec, ['-h'])).toEqual({ kind: 'help' });
  });

  it('names the problem in words a member understands', () => {
    expect(usage(['post', 'x', '--bogus'])).toBe('unknown flag --bogus');
    expect(usage(['post', 'x', '--lang'])).toBe('--lang needs a value');
    expect(usage(['post', 'x', '--lang', '--json'])).toBe('--lang needs a value');
    expect(usage(['post', 'x', '--json=yes'])).toBe('--json takes no value');
    expect(usage(['post', 'x', 'extra'])).toBe('unexpected argument "extra"');
    expect(usage(['post'])).toBe('missing <slug>: its name');
  });
});

describe('runCommand', () => {
  const run = async (argv: string[], main: () => Promise<number | void> = async () => 0) => {
    let stdout = '';
    let stderr = '';
    let ran = false;
    const code = await runCommand(spec, async () => {
      ran = true;
      return main();
    }, { argv, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    process.exitCode = 0;
    return { code, stdout, stderr, ran };
  };

  it('prints the help on stdout, exits 0 and does not run the command', async () => {
    const { code, stdout, stderr, ran } = await run(['--help']);
    expect({ code, ran, stderr }).toEqual({ code: 0, ran: false, stderr: '' });
    expect(stdout).toBe(formatHelp(spec));
  });

  it('exits 2 with the message and the usage line on a usage error, without running', async () => {
    const { code, stdout, stderr, ran } = await run(['post', 'x', '--lang']);
    expect({ code, ran, stdout }).toEqual({ code: 2, ran: false, stdout: '' });
    expect(stderr).toBe('✖ --lang needs a value\nUsage: npm run new -- <kind> <slug> [options]\n  → run "npm run new -- --help" for the flags and an example\n');
  });

  it('exits 1 with the message and fix of a ChapterhouseError, and 2 for a UsageError thrown by the command', async () => {
    const failed = await run(['post', 'x'], async () => {
      throw new ChapterhouseError('exists', 'content/en/blog/x.mdx already exists', 'pick another name');
    });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe('\n✖ content/en/blog/x.mdx already exists\n  → pick another name\n');
    const bad = await run(['post', 'x'], async () => {
      throw new UsageError('--now "soon" is not a timestamp');
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('✖ --now "soon" is not a timestamp\nUsage: npm run new');
  });

  it('passes the command\'s own exit code through', async () => {
    expect((await run(['post', 'x'], async () => 3)).code).toBe(3);
  });
});

describe('help', () => {
  it('has what it does, usage, arguments, options, what it writes and examples', () => {
    expect(formatHelp({ ...spec, writes: 'pushes to main.' })).toBe(
      [
        'npm run new: create a page.',
        '',
        'Usage: npm run new -- <kind> <slug> [options]',
        '',
        'Arguments:',
        '  kind  what to create',
        '  slug  its name',
        '',
        'Options:',
        '  --lang <code>  the language',
        '  --json         print JSON',
        '  --tag <tag>    a tag (may be repeated)',
        '  -h, --help     print this help and exit, doing nothing else',
        '',
        'Writes to GitHub or pushes: pushes to main.',
        '',
        'Example:',
        '  npm run new -- post hello',
        '',
      ].join('\n'),
    );
    expect(usageLine({ name: 'npm run doctor', summary: '', flags: {}, examples: [] })).toBe('npm run doctor');
  });

  it('wraps prose at word boundaries', () => {
    expect(wrap('aa bb cc dd', 5)).toBe('aa bb\ncc dd');
    expect(wrap('aa bb cc', 5, '  ')).toBe('aa bb\n  cc');
  });
});
