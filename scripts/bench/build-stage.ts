import fs from 'node:fs';
import path from 'node:path';
import { differingFiles } from '../../src/lib/build-cache/compare-outputs.ts';
import { ChapterhouseError } from '../../src/lib/errors.ts';
import { withStagedSearchPages } from '../../src/lib/search/stage-pages.ts';
import { baselineProject, emptyPagesProject } from './baseline-project.ts';
import { countHtml, htmlBytes, measure, type Measured } from './measure.ts';
import type { BuildFigures } from './report.ts';
import { routeTimes } from './route-times.ts';
import { writeFiles } from './write-org.ts';

/**
 * Time the builds of one organization: the plain Astro baseline, the full Chapterhouse build from an empty
 * build cache, and Chapterhouse builds again, with that cache, after one page changed and after new votes on
 * one poll. Chapterhouse builds run through `npm run build`'s own script (without its content check and search
 * index, which the plain build has no counterpart of), so the timed work includes planning from the cache and
 * copying reused pages. With `compare`, one more build from an empty cache checks the last warm build's
 * output file for file.
 *
 * Everything the builds write stays under `work` (inside the checkout, see bench.ts): Astro puts a build's
 * intermediate chunks in `.astro/` of the working directory when the output folder is outside it, where
 * another build in the same checkout would collide with them.
 */

const ASTRO = path.join('node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildStage {
  chapterhouse: BuildFigures;
  baseline: BuildFigures;
  /** Astro writing as many pages as the cold Chapterhouse build, each empty: the part of its time that is the page count. */
  astroAlone: BuildFigures;
  /** The same, writing as many empty pages as the plain build: with astroAlone, what the extra pages alone cost. */
  astroAloneBaseline: BuildFigures;
  rebuild: BuildFigures;
  afterVotes?: BuildFigures;
  /** The search index over the cold build's output, as `npm run build` makes it last: the whole site is indexed every time. */
  search?: { wallMs: number; cpuMs: number | null; indexed: number | null };
  /** Files that differ between the last warm build and a cold build of the same inputs (with `compare`). */
  differing?: string[];
}

export interface BuildStageOptions {
  projectRoot: string;
  work: string;
  content: string;
  editFile: string;
  languages: string[];
  progress: (m: string) => void;
  /** New votes on one poll, synced and tallied as the hourly job would, before the last warm build. */
  castVotes?: () => Promise<void>;
  compare?: boolean;
}

export async function buildStage(o: BuildStageOptions): Promise<BuildStage> {
  const { projectRoot, work, content, progress } = o;
  const languages = new Set(o.languages);
  const baselineDir = path.join(work, 'baseline');
  writeFiles(baselineDir, baselineProject(content));
  // The project's own config, with Astro's cache moved next to this run's output.
  const wrapper = (name: string, override: string) => {
    const file = path.join(work, name);
    fs.writeFileSync(file, [
      `import config from ${JSON.stringify(path.join(projectRoot, 'astro.config.mjs'))};`,
      `export default { ...config, ${override}cacheDir: ${JSON.stringify(path.join(work, `cache-${name}`) + path.sep)} };`,
      '',
    ].join('\n'));
    return path.relative(projectRoot, file);
  };
  const config = wrapper('astro.config.mjs', '');

  // Every build starts without an output folder, as in the deploy workflow's fresh checkout: emptying the last
  // build's 20,000 files would otherwise cost a warm build seconds that no deploy pays. Nor is it deleted here:
  // for half a minute after tens of thousands of files are deleted, creating files was several times slower on
  // our machines, and the next build would pay for that instead. A build's old output is moved aside, and goes
  // with the work folder when the run ends.
  let setAside = 0;
  const moveAside = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    const aside = path.join(work, 'set-aside');
    fs.mkdirSync(aside, { recursive: true });
    fs.renameSync(dir, path.join(aside, `${path.basename(dir)}-${++setAside}`));
  };

  const build = async (name: string, label: string, cwd: string, outDir: string, argv: string[], env: Record<string, string> = {}): Promise<BuildFigures> => {
    progress(`  ${label}`);
    moveAside(outDir);
    const m = await measure(process.execPath, argv, {
      cwd, env: { ASTRO_TELEMETRY_DISABLED: '1', ...env },
      onLine: (line) => { if (/generating static routes|Completed in|\d+ page\(s\) built|Build cache:/.test(line)) progress(`    ${line.trim()}`); },
    });
    fs.writeFileSync(path.join(work, `${name}.log`), m.output);
    failOn(label, m);
    const pages = countHtml(outDir);
    return { wallMs: m.wallMs, cpuMs: m.cpuMs, peakRss: m.peakRss, pages, pagesPerSecond: pages / (m.wallMs / 1000), htmlBytesPerPage: pages ? htmlBytes(outDir) / pages : 0, routes: routeTimes(m.output, languages) };
  };

  const baselineDist = path.join(work, 'dist-baseline');
  const baseline = await build('baseline', 'plain Astro + MDX baseline build', baselineDir, baselineDist, [path.join(projectRoot, ASTRO), 'build', '--outDir', baselineDist]);
  const env = { CHAPTERHOUSE_CONTENT: content, PATH: `${path.join(projectRoot, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}` };
  const chDist = path.join(work, 'dist');
  const siteBuild = (extra: string[], cacheDir = path.join(work, 'build-cache'), outDir = chDist) =>
    [path.join(projectRoot, 'scripts', 'build.ts'), '--skip', 'check,search', '--out-dir', outDir, '--cache-dir', cacheDir, '--config', config, ...extra];
  const chapterhouse = await build('chapterhouse', 'Chapterhouse build, empty build cache', projectRoot, chDist, siteBuild(['--fresh']), env);
  const emptyPages = async (name: string, pages: number) => {
    const dir = path.join(work, name);
    writeFiles(dir, emptyPagesProject(pages));
    const dist = path.join(work, `dist-${name}`);
    return build(name, `Astro alone, writing ${pages} empty pages`, dir, dist, [path.join(projectRoot, ASTRO), 'build', '--outDir', dist]);
  };
  const astroAlone = await emptyPages('empty-pages', chapterhouse.pages);
  const astroAloneBaseline = await emptyPages('empty-pages-baseline', baseline.pages);
  progress('  search index (Pagefind) over that build');
  // As `npm run build` indexes: the pages to index are gathered first (timed here, in this process), then Pagefind runs.
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const pf = await withStagedSearchPages(chDist, (args) => measure(path.join(projectRoot, 'node_modules', '.bin', 'pagefind'), args, { cwd: projectRoot }));
  const ownCpu = process.cpuUsage(cpuBefore);
  failOn('Pagefind', pf);
  const indexed = /Indexed (\d+) pages?/.exec(pf.output);
  const search = {
    wallMs: performance.now() - started,
    cpuMs: pf.cpuMs === null ? null : pf.cpuMs + (ownCpu.user + ownCpu.system) / 1000,
    indexed: indexed ? Number(indexed[1]) : null,
  };
  progress(`    ${(search.wallMs / 1000).toFixed(1)} s for ${search.indexed ?? '?'} pages`);
  fs.appendFileSync(o.editFile, '\nOne more paragraph, added to time a rebuild.\n');
  const rebuild = await build('rebuild', `Chapterhouse rebuild after editing ${path.basename(o.editFile)}`, projectRoot, chDist, siteBuild([]), env);
  let afterVotes: BuildFigures | undefined;
  if (o.castVotes) {
    await o.castVotes();
    afterVotes = await build('after-votes', 'Chapterhouse rebuild after new votes on one poll', projectRoot, chDist, siteBuild([]), env);
  }
  let differing: string[] | undefined;
  if (o.compare) {
    const coldDist = path.join(work, 'dist-cold');
    await build('cold-compare', 'Chapterhouse build from an empty cache, to compare outputs', projectRoot, coldDist, siteBuild(['--fresh'], path.join(work, 'build-cache-cold'), coldDist), env);
    differing = differingFiles(chDist, coldDist);
    progress(differing.length ? `    ${differing.length} files differ, e.g. ${differing.slice(0, 5).join(', ')}` : '    the warm build wrote the same files, byte for byte, as the cold build');
  }
  return { chapterhouse, baseline, astroAlone, astroAloneBaseline, rebuild, afterVotes, search, differing };
}

function failOn(label: string, m: Measured) {
  if (m.exitCode === 0) return;
  const tail = m.output.split('\n').filter((l) => l.trim()).slice(-25).join('\n');
  throw new ChapterhouseError('bench-build', `${label} failed (exit ${m.exitCode}):\n${tail}`, 'fix the build error above; run the build alone with CHAPTERHOUSE_CONTENT pointing at the folder to see all of it');
}
