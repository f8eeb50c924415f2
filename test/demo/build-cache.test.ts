import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { differingFiles } from '../../src/lib/build-cache/compare-outputs.ts';
import { withBuildLock } from '../support/built-site.ts';

/**
 * The build cache on the demo, in a real git repository made for the test: build from nothing, change what
 * members and translators change (a page's text, a handbook title every sidebar shows, a comment in a thread,
 * a commit), then build again with the cache and once more from nothing. The two must write the same files,
 * byte for byte, and the warm build must have reused most pages and rendered the changed ones.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const POST = fs.readdirSync(path.join(ROOT, 'content', 'en', 'blog')).sort()[0]!.replace(/\.mdx?$/, '');
const BIN = path.join(ROOT, 'node_modules', '.bin');

let work: string;
let content: string;
const logs: Record<string, string> = {};

function git(args: string[]) {
  execFileSync('git', args, {
    cwd: work,
    env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.org', GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z' },
    stdio: 'ignore',
  });
}

function build(name: string, cache: string, extra: string[] = []): Promise<void> {
  const out = path.join(work, name);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'build.ts'), '--skip', 'check,search', '--out-dir', out, '--cache-dir', path.join(work, cache), '--config', path.join(work, 'astro.config.mjs'), ...extra], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CHAPTERHOUSE_CONTENT: content, PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}` },
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('close', (status) => {
      logs[name] = log;
      if (status === 0) resolve();
      else reject(new Error(`build ${name} failed (${status}):\n${log.split('\n').slice(-30).join('\n')}`));
    });
  });
}

const edit = (rel: string, change: (text: string) => string) => {
  const file = path.join(content, rel);
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
};

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-build-cache-'));
  content = path.join(work, 'content');
  fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  // Astro's own content cache goes next to the test's content: shared with builds of other content folders, it
  // would keep their entries' file paths wherever the text is the same.
  fs.writeFileSync(path.join(work, 'astro.config.mjs'), [
    `import config from ${JSON.stringify(path.join(ROOT, 'astro.config.mjs'))};`,
    `export default { ...config, cacheDir: ${JSON.stringify(path.join(work, 'astro-cache') + path.sep)} };`,
    '',
  ].join('\n'));
  git(['init', '-q', '-b', 'main']);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'The demo']);
  await withBuildLock(async () => {
    await build('first', 'cache');
    edit('en/handbook/index.mdx', (t) => `${t}\nA paragraph added after the first build.\n`);
    edit('en/handbook/growing/welcoming-newcomers.mdx', (t) => t.replace(/^title: .*$/m, 'title: "Welcoming new members, retitled"'));
    edit('github/discussions/1.json', (t) => {
      const d = JSON.parse(t);
      d.comments[0].body += ' (edited)';
      d.comments[0].bodyHTML = d.comments[0].bodyHTML.replace(/<\/p>\s*$/, ' (edited)</p>');
      return `${JSON.stringify(d, null, 2)}\n`;
    });
    git(['commit', '-q', '-am', 'Edits after the first build']);
    await build('warm', 'cache');
    await build('cold', 'cache-cold', ['--fresh']);
    // Then a post retitled (every list that names it changes) and a document amended (its history gains a version).
    edit(`en/blog/${POST}.mdx`, (t) => t.replace(/^title: .*$/m, 'title: "A retitled post"'));
    edit('en/documents/mission.mdx', (t) => `${t}\nAn amendment made after the first build.\n`);
    git(['commit', '-q', '-am', 'A post retitled, the mission amended']);
    await build('warm-lists', 'cache');
    await build('cold-lists', 'cache-cold-lists', ['--fresh']);
  });
}, 900_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('a build with the cache', () => {
  it('writes the same files, byte for byte, as a build from nothing', () => {
    expect(differingFiles(path.join(work, 'warm'), path.join(work, 'cold'))).toEqual([]);
    expect(differingFiles(path.join(work, 'warm-lists'), path.join(work, 'cold-lists'))).toEqual([]);
  });

  it('reused most pages and rendered the ones whose inputs changed', () => {
    const said = /Build cache: (\d+) of (\d+) pages .* are unchanged .*; rendering (\d+)\./.exec(logs.warm!);
    expect(said, logs.warm).not.toBeNull();
    const [reused, total, rendered] = said!.slice(1).map(Number) as [number, number, number];
    expect(reused + rendered).toBe(total);
    expect(reused).toBeGreaterThan(total / 2);
    // Every handbook page (the retitled page is in every sidebar), plus the mission page whose thread changed.
    const handbookPages = (fs.readdirSync(path.join(content, 'en', 'handbook'), { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).length;
    expect(rendered).toBe(handbookPages + 1);
  });

  it('renders the lists again when a post they name is retitled, and a history when its document is amended', () => {
    const said = /Build cache: (\d+) of (\d+) pages .* are unchanged .*; rendering (\d+)\./.exec(logs['warm-lists']!);
    expect(said, logs['warm-lists']).not.toBeNull();
    // The post, the blog's lists, the chapters' pages (which list their posts), the mission and its history.
    expect(Number(said![3])).toBe(5);
    const changed = differingFiles(path.join(work, 'cold'), path.join(work, 'cold-lists'));
    expect(changed).toContain('en/blog/index.html');
    expect(changed).toContain(`es/blog/${POST}/index.html`);
    expect(changed).toContain('en/documents/mission/history/index.html');
    // The amendment's own version page is new.
    expect(changed.filter((f) => /^en\/documents\/mission\/history\/[0-9a-f]{40}\/index\.html$/.test(f)).length).toBeGreaterThan(0);
  });

  it('changed the pages the edits show on, so the comparison compared something', () => {
    const changed = differingFiles(path.join(work, 'first'), path.join(work, 'cold'));
    expect(changed).toContain('en/handbook/index.html');
    // The retitled page's part is open in the sidebar of its sibling pages, in every language.
    expect(changed).toContain('es/handbook/growing/money-and-transparency/index.html');
    expect(changed).toContain('en/documents/mission/index.html');
    expect(changed).not.toContain('en/blog/index.html');
  });
});
