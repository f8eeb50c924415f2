import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openVerdictStore } from './verdict-store.ts';

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-verdicts-'));
  file = path.join(dir, 'translation-verdicts.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const verdicts = new Map([['a\0content/en/x.mdx\x000', true], ['b\0content/en/x.mdx\x001', false]]);

describe('the translation verdicts kept between builds', () => {
  it('are empty on the first build', () => {
    expect(openVerdictStore(file, 'code-1').remembered.size).toBe(0);
  });

  it('come back on the next build under the same code', () => {
    openVerdictStore(file, 'code-1').save(verdicts);
    expect(openVerdictStore(file, 'code-1').remembered).toEqual(verdicts);
  });

  it('are forgotten when the code changed: the rules that judged them may have', () => {
    openVerdictStore(file, 'code-1').save(verdicts);
    expect(openVerdictStore(file, 'code-2').remembered.size).toBe(0);
  });

  it('hold only the last build\'s verdicts', () => {
    openVerdictStore(file, 'code-1').save(verdicts);
    openVerdictStore(file, 'code-1').save(new Map([['c\0content/en/y.mdx\x000', true]]));
    expect([...openVerdictStore(file, 'code-1').remembered.keys()]).toEqual(['c\0content/en/y.mdx\x000']);
  });

  it('are empty, not an error, when the file is damaged, and leave no part file behind', () => {
    fs.writeFileSync(file, '{"format":1,"code":"code-1","verdicts":');
    expect(openVerdictStore(file, 'code-1').remembered.size).toBe(0);
    fs.writeFileSync(file, JSON.stringify({ format: 1, code: 'code-1', verdicts: { k: 'yes', j: true } }));
    expect(openVerdictStore(file, 'code-1').remembered).toEqual(new Map([['j', true]]));
    openVerdictStore(file, 'code-1').save(verdicts);
    expect(fs.readdirSync(dir)).toEqual(['translation-verdicts.json']);
  });
});
