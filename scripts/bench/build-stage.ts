import fs from 'node:fs';
import path from 'node:path';
import { ChapterhouseError } from '../../src/lib/errors.ts';
import { baselineProject } from './baseline-project.ts';
import { countHtml, htmlBytes, measure, type Measured } from './measure.ts';
import type { BuildFigures } from './report.ts';
import { routeTimes } from './route-times.ts';
import { writeFiles } from './write-org.ts';

/**
 * Time the builds of one organization: the plain Astro baseline, the full Chapterhouse build, and a
 * Chapterhouse build again after one page changed. Astro has no incremental static build: the "rebuild"
 * is a second full build, which reuses only Astro's content-layer cache from the first.
 *
 * Everything the builds write stays under `work` (inside the checkout, see bench.ts): Astro puts a build's
 * intermediate chunks in `.astro/` of the working directory when the output folder is outside it, where
 * another build in the same checkout would collide with them.
 */

const ASTRO = path.join('node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildStage {
  chapterhouse: BuildFigures;
  baseline: BuildFigures;
  rebuild: BuildFigures;
}

export interface BuildStageOptions {
  projectRoot: string;
  work: string;
  content: string;
  editFile: string;
  languages: string[];
  progress: (m: string) => void;
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

  const build = async (name: string, label: string, cwd: string, outDir: string, args: string[], env: Record<string, string> = {}): Promise<BuildFigures> => {
    progress(`  ${label}`);
    const m = await measure(process.execPath, [path.join(projectRoot, ASTRO), 'build', '--outDir', outDir, ...args], {
      cwd, env: { ASTRO_TELEMETRY_DISABLED: '1', ...env },
      onLine: (line) => { if (/generating static routes|Completed in|\d+ page\(s\) built/.test(line)) progress(`    ${line.trim()}`); },
    });
    fs.writeFileSync(path.join(work, `${name}.log`), m.output);
    failOn(label, m);
    const pages = countHtml(outDir);
    return { wallMs: m.wallMs, cpuMs: m.cpuMs, peakRss: m.peakRss, pages, pagesPerSecond: pages / (m.wallMs / 1000), htmlBytesPerPage: pages ? htmlBytes(outDir) / pages : 0, routes: routeTimes(m.output, languages) };
  };

  const baseline = await build('baseline', 'plain Astro + MDX baseline build', baselineDir, path.join(work, 'dist-baseline'), []);
  const env = { CHAPTERHOUSE_CONTENT: content };
  const chDist = path.join(work, 'dist');
  const chapterhouse = await build('chapterhouse', 'Chapterhouse build', projectRoot, chDist, ['--config', config], env);
  fs.appendFileSync(o.editFile, '\nOne more paragraph, added to time a rebuild.\n');
  const rebuild = await build('rebuild', `Chapterhouse rebuild after editing ${path.basename(o.editFile)}`, projectRoot, chDist, ['--config', config], env);
  return { chapterhouse, baseline, rebuild };
}

function failOn(label: string, m: Measured) {
  if (m.exitCode === 0) return;
  const tail = m.output.split('\n').filter((l) => l.trim()).slice(-25).join('\n');
  throw new ChapterhouseError('bench-build', `${label} failed (exit ${m.exitCode}):\n${tail}`, 'fix the build error above; run the build alone with CHAPTERHOUSE_CONTENT pointing at the folder to see all of it');
}
