/**
 * `npm run bench`: generates a synthetic organization per scale (scale 1: 430 pages in the default language, 14 languages, about 2,550 MDX pages,
 * 20,000 comments, 300 polls, 5,000 members, 20 chapters; counts given by flags are the counts at scale 1),
 * syncs its discussions from the fake GitHub, tallies its polls, and times the Chapterhouse build against a
 * plain Astro + MDX build of the same pages. Then prints how each figure grows between the smallest and
 * largest scale. By default the scales are 0.25 and 1 (or a quarter of --scale and --scale), which keeps a
 * whole run under 15 minutes on two cores. Progress goes to stderr, the table
 * (or --json) to stdout.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { countFlag, parseScales, shapeAt } from './bench/shape.ts';
import { progress, runCommand, UsageError } from '../src/lib/cli/command.ts';
import { parseListFlag } from '../src/lib/cli/values.ts';
import { ChapterhouseError } from '../src/lib/errors.ts';
import { buildStage } from './bench/build-stage.ts';
import { MAX_LANGUAGES } from './bench/pages.ts';
import { formatReport, goals, growth, type ScaleFigures } from './bench/report.ts';
import { castVotesStage, syncStage, tallyStage, writePollStates } from './bench/run-scale.ts';
import { orgCounts, syntheticOrg } from './bench/synthetic-org.ts';
import { commitAll, writeOrgRepository } from './bench/write-org.ts';

const STAGES = ['build', 'sync', 'tally'] as const;

const count = (what: string) => ({ type: 'string', value: 'N', description: `${what} at scale 1` }) as const;
const command = {
  name: 'npm run bench',
  summary:
    'time the build, sync and tally of a synthetic organization at two scales (by default 0.25 and 1: about 2,550 MDX pages ' +
    'in 14 languages, 20,000 comments, 300 polls, 5,000 members), against a plain Astro + MDX build of the same pages, and ' +
    'print how each figure grows. A whole run takes up to 15 minutes on two cores. Progress on stderr, the table (or --json) on stdout.',
  flags: {
    scales: { type: 'string', value: 'list', description: 'the scales to run, e.g. 0.25,1' },
    scale: { type: 'string', value: 'n', description: 'run a quarter of n and n (instead of --scales)' },
    docs: count('documents, handbook pages and posts in the default language'),
    languages: count('languages'),
    comments: count('page-thread comments'),
    polls: count('polls'),
    members: count('roster members'),
    chapters: count('chapters'),
    seed: { type: 'string', value: 'N', description: 'random seed of the generator' },
    skip: { type: 'string', value: 'stages', description: `stages to leave out, comma-separated: ${STAGES.join(', ')}` },
    keep: { type: 'boolean', description: 'keep the generated organizations and builds, and say where' },
    compare: { type: 'boolean', description: 'build once more from an empty cache and compare its output with the last warm build, file by file' },
    json: { type: 'boolean', description: 'print the figures as JSON on stdout' },
  },
  examples: ['npm run bench -- --scales 0.05 --skip build', 'npm run bench -- --scale 1 --json > bench.json'],
} as const;

await runCommand(command, async ({ flags }) => {
  const projectRoot = process.cwd();
  if (!fs.existsSync(path.join(projectRoot, 'astro.config.mjs'))) {
    throw new ChapterhouseError('bench-cwd', `${projectRoot} is not the Chapterhouse checkout`, 'run "npm run bench" from the repository root');
  }
  const scales = parseScales(flags.scales ?? (flags.scale ? `${Number(flags.scale) / 4},${flags.scale}` : '0.25,1'));
  const overrides = {
    docs: countFlag('--docs', flags.docs, 10),
    languages: countFlag('--languages', flags.languages, 1),
    comments: countFlag('--comments', flags.comments),
    polls: countFlag('--polls', flags.polls),
    members: countFlag('--members', flags.members, 20),
    chapters: countFlag('--chapters', flags.chapters, 1),
    seed: countFlag('--seed', flags.seed),
  };
  if ((overrides.languages ?? 0) > MAX_LANGUAGES) throw new UsageError(`--languages ${overrides.languages} is more than the ${MAX_LANGUAGES} the generator knows: pass at most --languages ${MAX_LANGUAGES}`);
  const skip = new Set(parseListFlag(flags.skip));
  for (const s of skip) if (!(STAGES as readonly string[]).includes(s)) throw new UsageError(`--skip "${s}" is not a stage: use some of ${STAGES.join(', ')}`);
  // The organization's clock is today's date: polls open and close around the day the bench runs.
  const now = `${new Date().toISOString().slice(0, 10)}T00:00:00Z`;

  const runStarted = performance.now();
  const loadBefore = os.loadavg()[0]!;
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-bench-'));
  // Build output stays inside the checkout (see build-stage.ts); .bench/ is git-ignored.
  const work = path.join(projectRoot, '.bench', path.basename(temp));
  const figures: ScaleFigures[] = [];
  try {
    for (const scale of scales) {
      progress(`\n▶ Scale ${scale}`);
      const started = performance.now();
      const shape = shapeAt(scale, now, overrides);
      const org = syntheticOrg(shape);
      const orgDir = path.join(temp, `org-${scale}`);
      // Interface strings come with the engine (src/i18n/strings/), as for any organization.
      writeOrgRepository(orgDir, org);
      const counts = orgCounts(org);
      const f: ScaleFigures = { scale, counts, generateMs: performance.now() - started };
      progress(`  wrote ${counts.pages} pages, ${counts.discussions} discussions into ${orgDir}`);
      const root = path.join(orgDir, 'content');

      if (!skip.has('sync')) f.sync = await syncStage(org, root, progress);
      if (!skip.has('tally')) {
        if (skip.has('sync')) throw new UsageError('the tally counts the synced snapshot: skip the tally too, or keep the sync');
        writePollStates(root);
        progress('  tally');
        f.tally = await tallyStage(root, new Date(now));
      }
      commitAll(orgDir, 'Sync and tally', now);
      if (!skip.has('build')) {
        // New votes need the synced snapshot and the tallied states to land in.
        const castVotes = skip.has('tally') ? undefined : async () => {
          progress('  new votes on one poll: sync, tally');
          const cast = await castVotesStage(org, root, new Date(now));
          progress(`    ${cast} votes cast`);
        };
        f.build = await buildStage({ projectRoot, work: path.join(work, `scale-${scale}`), content: root, editFile: path.join(root, 'en', 'documents', 'document-1.mdx'), languages: Object.keys(counts.pagesByLang), progress, castVotes, compare: flags.compare });
      }
      figures.push(f);
    }
  } finally {
    if (flags.keep) progress(`\nKept the organizations in ${temp} and the builds in ${work}`);
    else {
      fs.rmSync(temp, { recursive: true, force: true });
      fs.rmSync(work, { recursive: true, force: true });
    }
  }
  const context = { cpus: os.cpus().length, loadBefore, loadAfter: os.loadavg()[0]!, totalMs: performance.now() - runStarted };
  const grown = growth(figures);
  const judged = figures.length ? goals(figures[figures.length - 1]!, grown) : [];
  if (flags.json) process.stdout.write(`${JSON.stringify({ context, scales: figures, growth: grown, goals: judged }, null, 2)}\n`);
  else process.stdout.write(`\n${formatReport(figures, context)}\n`);
});
