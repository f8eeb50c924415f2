import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxCodeLock } from './mdx-code-lock.ts';

const compiled = async (source: string, lock = true) => (await mdxToJs(source, { jsx: true, hastPlugins: lock ? [mdxCodeLock()] : [] })).code;

describe('mdxCodeLock', () => {
  const hostile = [
    'import fs from "node:fs"',
    'export const leak = process.env',
    '',
    'Hello {process.env.SECRET} and {globalThis["pro" + "cess"]}.',
    '',
    '{[].constructor.constructor("return process")()}',
    '',
  ].join('\n');

  it('drops imports, exports and expressions that are code, before they are compiled', async () => {
    const without = await compiled(hostile, false);
    // Without the lock all of it would be compiled into the page module.
    for (const code of ['node:fs', 'process.env', 'constructor']) expect(without).toContain(code);
    const locked = await compiled(hostile);
    for (const code of ['node:fs', 'process', 'leak', 'constructor', 'globalThis']) expect(locked).not.toContain(code);
    expect(locked).toContain('"Hello "');
  });

  it('keeps plain values', async () => {
    const source = 'A {"plain string"} and a brace \\{ written as text.\n';
    expect(await compiled(source)).toBe(await compiled(source, false));
  });
});
