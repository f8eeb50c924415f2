import { PAGES_IN_FLIGHT } from '../../src/lib/pages-in-flight.ts';
import type { RouteGroup } from './route-times.ts';

/**
 * The benchmark's figures and how they are printed: per scale, the ratio of Chapterhouse to the plain
 * Astro baseline, and the growth between two scales. Pure: the bench script measures, this adds up.
 */

export interface BuildFigures {
  wallMs: number;
  /** CPU time (user + system) of the build's process tree; null where it could not be measured. */
  cpuMs: number | null;
  /** Peak resident memory of the build's process tree, bytes (null where it could not be sampled). */
  peakRss: number | null;
  /** HTML files written. */
  pages: number;
  pagesPerSecond: number;
  /** Average size of an HTML page written, bytes. */
  htmlBytesPerPage: number;
  /** Render time per kind of page, from the build log, slowest first. */
  routes: RouteGroup[];
}

export interface SyncFigures {
  /** As the sync counted them itself. */
  requests: number;
  points: number;
  /** As the fake GitHub recorded them: the two should agree. */
  servedRequests: number;
  servedPoints: number;
  /** The fewest requests (and points) any sync could make: see sync-minimum.ts. */
  floor: number;
  /** Requests and points per GraphQL operation, as the fake recorded them. */
  byOperation: Record<string, { requests: number; points: number }>;
  discussionsFetched: number;
  pollsRefreshed: number;
  wallMs: number;
}

export interface TallyFigures { polls: number; votes: number; countMs: number; runMs: number }

export interface ScaleFigures {
  scale: number;
  counts: { pages: number; pagesByLang: Record<string, number>; members: number; chapters: number; polls: number; discussions: number; pageThreads: number; comments: number; votes: number; editedPages: number };
  generateMs: number;
  build?: { chapterhouse: BuildFigures; baseline: BuildFigures; astroAlone?: BuildFigures; astroAloneBaseline?: BuildFigures; rebuild: BuildFigures; afterVotes?: BuildFigures; search?: { wallMs: number; cpuMs: number | null; indexed: number | null }; differing?: string[] };
  sync?: { first: SyncFigures; noChange: SyncFigures };
  tally?: TallyFigures;
}

/** Chapterhouse over the baseline: > 1 means our layer costs that much more. */
export function buildRatios(build: NonNullable<ScaleFigures['build']>) {
  const { chapterhouse: ch, baseline: base } = build;
  return {
    wall: ch.wallMs / base.wallMs,
    cpu: ch.cpuMs !== null && base.cpuMs ? ch.cpuMs / base.cpuMs : null,
    peakRss: ch.peakRss !== null && base.peakRss ? ch.peakRss / base.peakRss : null,
    /** Per page: Chapterhouse writes index, tag, poll and chapter pages the baseline has no notion of. */
    msPerPage: ch.wallMs / ch.pages / (base.wallMs / base.pages),
  };
}

/**
 * The lowest ratio the page count allows: a build of the same MDX files that also writes Chapterhouse's other
 * pages takes at least the plain build plus what Astro alone takes to write the pages the plain build does not
 * (empty pages for Chapterhouse's count, less empty pages for the plain build's). Null without both empty builds.
 */
export function pageCountFloorRatios(build: NonNullable<ScaleFigures['build']>): { wall: number; cpu: number | null; extraWallMs: number; extraCpuMs: number | null } | null {
  const { baseline: base, astroAlone: all, astroAloneBaseline: few } = build;
  if (!all || !few) return null;
  const extraWallMs = Math.max(0, all.wallMs - few.wallMs);
  const extraCpuMs = all.cpuMs !== null && few.cpuMs !== null ? Math.max(0, all.cpuMs - few.cpuMs) : null;
  return {
    wall: (base.wallMs + extraWallMs) / base.wallMs,
    cpu: extraCpuMs !== null && base.cpuMs ? (base.cpuMs + extraCpuMs) / base.cpuMs : null,
    extraWallMs,
    extraCpuMs,
  };
}

type Input = 'pages' | 'comments' | 'votes';
const INPUTS: Record<Input, (f: ScaleFigures) => number> = { pages: (f) => f.counts.pages, comments: (f) => f.counts.comments, votes: (f) => f.counts.votes };

/**
 * The figures whose growth is reported, each read from one scale's results, with the input that drives it.
 * Pages and comments grow with the scale; votes grow with polls × members, so as its square: the sync and
 * the tally are judged against the votes.
 */
const GROWTH_FIGURES: { name: string; read: (f: ScaleFigures) => number | null | undefined; input?: Input }[] = [
  { name: 'MDX pages (input)', read: INPUTS.pages },
  { name: 'comments (input)', read: INPUTS.comments },
  { name: 'votes (input)', read: INPUTS.votes },
  { name: 'pages built (Chapterhouse)', read: (f) => f.build?.chapterhouse.pages, input: 'pages' },
  { name: 'build wall time (Chapterhouse)', read: (f) => f.build?.chapterhouse.wallMs, input: 'pages' },
  { name: 'build wall time (baseline)', read: (f) => f.build?.baseline.wallMs, input: 'pages' },
  { name: 'build CPU time (Chapterhouse)', read: (f) => f.build?.chapterhouse.cpuMs, input: 'pages' },
  { name: 'build CPU time (baseline)', read: (f) => f.build?.baseline.cpuMs, input: 'pages' },
  { name: 'rebuild wall time', read: (f) => f.build?.rebuild.wallMs, input: 'pages' },
  { name: 'build peak memory (Chapterhouse)', read: (f) => f.build?.chapterhouse.peakRss, input: 'pages' },
  { name: 'first sync requests', read: (f) => f.sync?.first.requests, input: 'votes' },
  { name: 'first sync points', read: (f) => f.sync?.first.points, input: 'votes' },
  { name: 'no-change sync requests', read: (f) => f.sync?.noChange.requests, input: 'votes' },
  { name: 'tally, count only', read: (f) => f.tally?.countMs, input: 'votes' },
  { name: 'tally, whole run', read: (f) => f.tally?.runMs, input: 'votes' },
];

export interface Growth {
  figure: string;
  from: number;
  to: number;
  ratio: number;
  perScale: number;
  /** Growth divided by the growth of the input that drives the figure, when there is one. */
  perInput: { input: Input; value: number } | null;
}

/**
 * How each figure grows from the smallest to the largest scale, divided by how much the scale grew (and by
 * how much its driving input grew): 1 is linear, below 1 better than linear (fixed costs dominate), above 1 worse.
 */
export function growth(figures: readonly ScaleFigures[]): Growth[] {
  if (figures.length < 2) return [];
  const small = figures[0]!;
  const large = figures[figures.length - 1]!;
  const scaleRatio = large.scale / small.scale;
  const out: Growth[] = [];
  for (const { name, read, input } of GROWTH_FIGURES) {
    const from = read(small);
    const to = read(large);
    if (from == null || to == null || from === 0) continue;
    const inputRatio = input ? INPUTS[input](large) / INPUTS[input](small) : 0;
    out.push({ figure: name, from, to, ratio: to / from, perScale: to / from / scaleRatio, perInput: input && inputRatio > 0 ? { input, value: to / from / inputRatio } : null });
  }
  return out;
}

export interface Goal {
  goal: string;
  measured: string;
  /** null: not measured by this run. */
  met: boolean | null;
}

/**
 * Issue 18's goals, judged on one scale's figures (the bench prints them for the largest) and the growth
 * between scales. A goal this run did not measure is said to be so, never marked met.
 */
export function goals(f: ScaleFigures, grown: readonly Growth[] = []): Goal[] {
  const out: Goal[] = [];
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  if (f.build) {
    const { chapterhouse: ch, baseline: base, rebuild: re } = f.build;
    const r = buildRatios(f.build);
    const floor = pageCountFloorRatios(f.build);
    const withFloor = (x: number | null | undefined) => (floor && x != null ? ` (the page count alone: ${times(x)})` : '');
    out.push({ goal: 'cold build wall time ≤ 1.3× plain Astro', measured: `${times(r.wall)}${withFloor(floor?.wall)}`, met: r.wall <= 1.3 });
    out.push({ goal: 'cold build CPU time ≤ 1.3× plain Astro', measured: `${times(r.cpu)}${withFloor(floor?.cpu)}`, met: r.cpu === null ? null : r.cpu <= 1.3 });
    out.push({ goal: 'peak memory ≤ 1.3× plain Astro', measured: `${times(r.peakRss)} (${mib(ch.peakRss)} against ${mib(base.peakRss)})`, met: r.peakRss === null ? null : r.peakRss <= 1.3 });
    out.push({ goal: 'average HTML page ≤ 30 KB', measured: `${kb(ch.htmlBytesPerPage)} (plain Astro ${kb(base.htmlBytesPerPage)})`, met: ch.htmlBytesPerPage <= 30 * 1024 });
    const warm = re.wallMs / ch.wallMs;
    out.push({ goal: 'rebuild after one page edit ≤ 25% of cold', measured: `${(warm * 100).toFixed(0)} % (${seconds(re.wallMs)} against ${seconds(ch.wallMs)}, CPU ${cpuShare(re.cpuMs, ch.cpuMs)})`, met: warm <= 0.25 });
    const votes = f.build.afterVotes;
    out.push(votes
      ? { goal: 'rebuild after new votes on one poll ≤ 25% of cold', measured: `${((votes.wallMs / ch.wallMs) * 100).toFixed(0)} % (${seconds(votes.wallMs)}, CPU ${cpuShare(votes.cpuMs, ch.cpuMs)})`, met: votes.wallMs / ch.wallMs <= 0.25 }
      : { goal: 'rebuild after new votes on one poll ≤ 25% of cold', measured: 'not measured: the run skipped the tally', met: null });
    const differing = f.build.differing;
    out.push(differing === undefined
      ? { goal: 'warm build output byte-identical to a cold build', measured: 'not compared in this run (pass --compare); test/demo/build-cache.test.ts compares on the demo', met: null }
      : { goal: 'warm build output byte-identical to a cold build', measured: differing.length ? `${differing.length} files differ, e.g. ${differing.slice(0, 3).join(', ')}` : 'identical, every file', met: differing.length === 0 });
  }
  if (f.sync) {
    const { first, noChange } = f.sync;
    out.push({ goal: 'first sync ≤ 1.2× the floor of requests', measured: `${num(first.requests)} requests, floor ${num(first.floor)} (${times(first.requests / first.floor)})`, met: first.requests <= 1.2 * first.floor });
    // A first sync looks up at most 500 new roster logins; the next syncs look up the rest, 500 at a time. Those
    // lookups end once the roster is known: the steady cost of a sync that finds nothing is the rest.
    const lookups = noChange.byOperation.AccountsByLogin?.requests ?? 0;
    const steady = noChange.requests - lookups;
    out.push({ goal: 'no-change sync ≤ 2 requests + 1 per open poll', measured: `${num(steady)} requests for ${num(noChange.pollsRefreshed)} open polls${lookups ? ` (and ${num(lookups)} looking up roster logins the first sync left for later)` : ''}`, met: steady <= 2 + noChange.pollsRefreshed });
    out.push({ goal: 'a quiet hour builds nothing', measured: `its cost is the no-change sync (${num(noChange.requests)} requests, ${seconds(noChange.wallMs)}); no build: npm run deploy:decide, shown by test/demo/deploy-job.test.ts, not timed here`, met: null });
  }
  for (const name of ['build wall time (Chapterhouse)', 'build CPU time (Chapterhouse)', 'build peak memory (Chapterhouse)']) {
    const g = grown.find((x) => x.figure === name);
    if (g?.perInput) out.push({ goal: `${name.replace(' (Chapterhouse)', '')} grows at most linearly with pages`, measured: `${times(g.ratio)} for ${times(g.ratio / g.perInput.value)} the pages (${g.perInput.value.toFixed(2)} per page)`, met: g.perInput.value <= 1 });
  }
  return out;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const cpuShare = (warm: number | null, cold: number | null) => (warm === null || cold === null ? 'n/a' : `${((warm / cold) * 100).toFixed(0)} %`);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mib = (bytes: number | null) => (bytes === null ? 'n/a' : `${Math.round(bytes / 2 ** 20)} MiB`);
const cpu = (ms: number | null) => (ms === null ? 'n/a' : seconds(ms));
const times = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(2)}×`);
const num = (n: number) => n.toLocaleString('en-US');

/** Plain-text table with aligned columns. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n');
}

export interface RunContext { cpus: number; loadBefore: number; loadAfter: number; totalMs: number }

export function formatReport(figures: readonly ScaleFigures[], context?: RunContext): string {
  const out: string[] = [];
  if (context) {
    out.push(`Whole run ${seconds(context.totalMs)} on ${context.cpus} CPUs; load average ${context.loadBefore.toFixed(1)} before, ${context.loadAfter.toFixed(1)} after (other work on the machine slows wall times; CPU times are steadier).`, '');
  }
  for (const f of figures) {
    const c = f.counts;
    out.push(`Scale ${f.scale}: ${num(c.pages)} MDX pages (${Object.entries(c.pagesByLang).map(([l, n]) => `${l} ${num(n)}`).join(', ')}), ${num(c.members)} members, ${c.chapters} chapters, ${num(c.polls)} polls, ${num(c.discussions)} discussions (${num(c.pageThreads)} page threads with ${num(c.comments)} comments), ${num(c.votes)} votes; ${c.editedPages} pages edited after translation; generated in ${seconds(f.generateMs)}`);
    if (f.build) {
      const { chapterhouse: ch, baseline: base, rebuild: re } = f.build;
      const r = buildRatios(f.build);
      const row = (label: string, b: BuildFigures) => [label, seconds(b.wallMs), cpu(b.cpuMs), num(b.pages), b.pagesPerSecond.toFixed(1), mib(b.peakRss), kib(b.htmlBytesPerPage)];
      out.push('', table([
        ['build', 'wall time', 'CPU time', 'pages', 'pages/s', 'peak memory', 'average page'],
        row('plain Astro + MDX', base),
        row('Chapterhouse', ch),
        ...(f.build.astroAlone ? [row('Astro alone, as many empty pages', f.build.astroAlone)] : []),
        ...(f.build.astroAloneBaseline ? [row('Astro alone, as many empty pages as plain Astro', f.build.astroAloneBaseline)] : []),
        row('Chapterhouse, one page edited (build cache)', re),
        ...(f.build.afterVotes ? [row('Chapterhouse, new votes on one poll (build cache)', f.build.afterVotes)] : []),
        ['ratio Chapterhouse / plain Astro', times(r.wall), times(r.cpu), '', `${times(r.msPerPage)} per page`, times(r.peakRss), ''],
      ]));
    }
    if (f.build?.astroAlone) out.push('', pageCountFloor(f.build.astroAlone, f.build.baseline));
    const floor = f.build ? pageCountFloorRatios(f.build) : null;
    if (f.build && floor) out.push(extraPagesFloor(f.build.chapterhouse.pages - f.build.baseline.pages, floor));
    if (f.build?.search) {
      const sr = f.build.search;
      out.push('', `search index (Pagefind, after the build): ${seconds(sr.wallMs)}, CPU ${cpu(sr.cpuMs)}, ${sr.indexed === null ? '?' : num(sr.indexed)} pages indexed (fallback copies left out); the whole site is indexed on every build, ${((sr.wallMs / f.build.chapterhouse.wallMs) * 100).toFixed(0)} % of the cold build's time`);
    }
    if (f.build) out.push('', routesTable(f.build.chapterhouse.routes, f.build.chapterhouse.wallMs));
    if (f.sync) {
      const { first, noChange } = f.sync;
      out.push('', table([
        ['sync', 'requests', 'points', 'floor', 'discussions', 'polls refreshed', 'time'],
        ['first sync', num(first.requests), num(first.points), num(first.floor), num(first.discussionsFetched), num(first.pollsRefreshed), seconds(first.wallMs)],
        ['no-change sync', num(noChange.requests), num(noChange.points), num(noChange.floor), num(noChange.discussionsFetched), num(noChange.pollsRefreshed), seconds(noChange.wallMs)],
      ]));
      const ops = (s: SyncFigures) => Object.entries(s.byOperation).sort((a, b) => b[1].requests - a[1].requests).map(([op, x]) => `${op} ${num(x.requests)} (${num(x.points)} pt)`).join(', ');
      out.push(`  first sync by operation: ${ops(first)}`, `  no-change sync by operation: ${ops(noChange)}`);
    }
    if (f.tally) {
      const t = f.tally;
      out.push('', `tally: ${num(t.polls)} polls, ${num(t.votes)} votes: counting ${t.countMs.toFixed(0)} ms; whole "npm run tally" run (read, count, write) ${t.runMs.toFixed(0)} ms`);
    }
    out.push('');
  }
  const g = growth(figures);
  const largest = figures[figures.length - 1];
  const judged = largest ? goals(largest, g) : [];
  if (judged.length) {
    out.push(`Goals (issue 18), at scale ${largest!.scale}:`, '');
    out.push(table([['goal', 'measured', 'met'], ...judged.map((x) => [x.goal, x.measured, x.met === null ? '—' : x.met ? 'met' : 'NOT met'])]), '');
  }
  if (g.length) {
    const small = figures[0]!.scale;
    const large = figures[figures.length - 1]!.scale;
    out.push(`Growth from scale ${small} to ${large} (${(large / small).toFixed(1)}× the organization); per scale 1.00 = linear, below = better than linear:`, '');
    out.push(table([
      ['figure', `at ${small}`, `at ${large}`, 'grew', 'per scale', 'per input'],
      ...g.map((x) => [x.figure, fmt(x.figure, x.from), fmt(x.figure, x.to), times(x.ratio), x.perScale.toFixed(2), x.perInput ? `${x.perInput.value.toFixed(2)} per ${x.perInput.input}` : '']),
    ]));
  }
  return out.join('\n');
}

/**
 * What the page count alone costs: Astro starting and writing that many empty pages, against the plain build.
 * A cold build cannot be faster than this, whatever is on its pages.
 */
function pageCountFloor(alone: BuildFigures, base: BuildFigures): string {
  const share = (a: number | null, b: number | null) => (a !== null && b ? times(a / b) : '?');
  return `Astro alone takes ${seconds(alone.wallMs)} (CPU ${cpu(alone.cpuMs)}) to start and write ${num(alone.pages)} pages with nothing on them, ${PAGES_IN_FLIGHT} at a time as Chapterhouse writes them: ${share(alone.wallMs, base.wallMs)} the plain build's wall time and ${share(alone.cpuMs, base.cpuMs)} its CPU time, before any content`;
}

/**
 * What the pages beyond the plain build's cost Astro alone, and so the lowest ratio any build writing them through
 * Astro could reach: the goal's ratio is out of reach for Astro itself when this is above it.
 */
function extraPagesFloor(extraPages: number, floor: NonNullable<ReturnType<typeof pageCountFloorRatios>>): string {
  return `Writing the ${num(extraPages)} pages the plain build does not write takes Astro alone ${seconds(floor.extraWallMs)} (CPU ${cpu(floor.extraCpuMs)}) more: with nothing on them, a build of these pages would take ${times(floor.wall)} the plain build's wall time and ${times(floor.cpu)} its CPU time`;
}

/** The kinds of page that take most of the Chapterhouse build's rendering time. */
function routesTable(routes: readonly RouteGroup[], wallMs: number, top = 12): string {
  const rendering = routes.reduce((sum, r) => sum + r.totalMs, 0);
  const rows = routes.slice(0, top).map((r) => [r.group, num(r.pages), seconds(r.totalMs), `${((r.totalMs / rendering) * 100).toFixed(0)} %`, `${(r.totalMs / r.pages).toFixed(0)} ms`, `${r.maxMs.toFixed(0)} ms`]);
  // Astro logs each page's time from its start to its end; with several pages in flight those spans overlap.
  const overlap = PAGES_IN_FLIGHT > 1 ? ` (${PAGES_IN_FLIGHT} pages in flight at once, so the times overlap: the shares say where the time goes)` : '';
  return `Chapterhouse rendering by kind of page: ${seconds(rendering)} summed over pages, in a ${seconds(wallMs)} build${overlap}\n${table([['pages', 'count', 'render time', 'share', 'mean', 'slowest'], ...rows])}`;
}

function fmt(figure: string, value: number): string {
  if (/time|tally/.test(figure)) return value >= 1000 ? seconds(value) : `${value.toFixed(0)} ms`;
  if (/memory/.test(figure)) return mib(value);
  return num(value);
}
