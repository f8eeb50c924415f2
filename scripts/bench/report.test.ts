import { describe, expect, it } from 'vitest';
import { PAGES_IN_FLIGHT } from '../../src/lib/pages-in-flight.ts';
import { buildRatios, formatReport, goals, growth, pageCountFloorRatios, table, type BuildFigures, type ScaleFigures } from './report.ts';

const build = (wallMs: number, pages: number, cpuMs: number | null = wallMs / 2, peakRss: number | null = 2 ** 30): BuildFigures => ({ wallMs, cpuMs, peakRss, pages, pagesPerSecond: pages / (wallMs / 1000), htmlBytesPerPage: 20 * 1024, routes: [] });
const counts = { pages: 10, pagesByLang: { en: 10 }, members: 20, chapters: 2, polls: 1, discussions: 2, pageThreads: 1, comments: 5, votes: 3, editedPages: 0 };
const at = (scale: number, chWall: number, baseWall: number, tallyMs: number): ScaleFigures => ({
  scale, counts, generateMs: 1,
  build: { chapterhouse: build(chWall, 100 * scale), baseline: build(baseWall, 50 * scale), rebuild: build(chWall * 0.9, 100 * scale) },
  tally: { polls: 10, votes: 100, countMs: tallyMs, runMs: tallyMs * 2 },
});

describe('buildRatios', () => {
  it('divides Chapterhouse by the baseline, in total and per page', () => {
    const r = buildRatios({ chapterhouse: build(30_000, 300, 20_000, 3 * 2 ** 30), baseline: build(10_000, 200, 8000, 2 ** 30), rebuild: build(1, 1) });
    expect(r.wall).toBe(3);
    expect(r.cpu).toBe(2.5);
    expect(r.peakRss).toBe(3);
    // 100 ms per page against 50 ms per page.
    expect(r.msPerPage).toBe(2);
  });

  it('leaves ratios out when a figure could not be measured', () => {
    const r = buildRatios({ chapterhouse: build(2, 1, null, null), baseline: build(1, 1), rebuild: build(1, 1) });
    expect(r.cpu).toBeNull();
    expect(r.peakRss).toBeNull();
  });
});

describe('pageCountFloorRatios', () => {
  const withAlone = (alone?: BuildFigures, aloneBaseline?: BuildFigures) => ({ chapterhouse: build(60_000, 300), baseline: build(20_000, 100, 10_000), rebuild: build(1, 1), astroAlone: alone, astroAloneBaseline: aloneBaseline });

  it('adds to the plain build what Astro alone takes for the pages it does not write', () => {
    // 6 s and 8 s of CPU more for 200 more empty pages, on a plain build of 20 s and 10 s of CPU.
    const floor = pageCountFloorRatios(withAlone(build(9_000, 300, 12_000), build(3_000, 100, 4_000)));
    expect(floor).toEqual({ wall: 1.3, cpu: 1.8, extraWallMs: 6_000, extraCpuMs: 8_000 });
  });

  it('needs both empty builds, and never counts the extra pages as saving time', () => {
    expect(pageCountFloorRatios(withAlone(build(9_000, 300)))).toBeNull();
    expect(pageCountFloorRatios(withAlone(undefined, build(3_000, 100)))).toBeNull();
    // Noise can make the smaller empty build the slower one: the floor is then the plain build itself.
    expect(pageCountFloorRatios(withAlone(build(3_000, 300, 4_000), build(3_500, 100, 5_000)))).toMatchObject({ wall: 1, cpu: 1 });
    expect(pageCountFloorRatios(withAlone(build(9_000, 300, null), build(3_000, 100)))?.cpu).toBeNull();
  });
});

describe('growth', () => {
  it('is empty with one scale', () => {
    expect(growth([at(1, 10, 5, 3)])).toEqual([]);
  });

  it('compares the smallest and the largest scale, per unit of scale', () => {
    const g = growth([at(0.25, 10_000, 5000, 100), at(0.5, 1, 1, 1), at(1, 30_000, 20_000, 400)]);
    const wall = g.find((x) => x.figure === 'build wall time (Chapterhouse)')!;
    expect(wall.ratio).toBe(3);
    expect(wall.perScale).toBe(0.75);
    expect(g.find((x) => x.figure === 'build wall time (baseline)')!.perScale).toBe(1);
    expect(g.find((x) => x.figure === 'tally, count only')!.perScale).toBe(1);
    expect(g.some((x) => x.figure.startsWith('first sync'))).toBe(false);
    // The tally is judged against the votes, which did not grow here: 4× the time for the same votes.
    expect(g.find((x) => x.figure === 'tally, count only')!.perInput).toEqual({ input: 'votes', value: 4 });
    expect(g.find((x) => x.figure === 'votes (input)')!.perInput).toBeNull();
  });
});

describe('table', () => {
  it('pads every column to its widest cell', () => {
    expect(table([['a', 'bb'], ['ccc', 'd']])).toBe('a    bb\nccc  d');
  });
});

describe('formatReport', () => {
  it('prints the build ratio and the growth section', () => {
    const text = formatReport([at(0.25, 10_000, 5000, 100), at(1, 30_000, 20_000, 400)]);
    expect(text).toMatch(/ratio Chapterhouse \/ plain Astro\s+2\.00×/);
    expect(text).toMatch(/Growth from scale 0\.25 to 1 \(4\.0× the organization\)/);
    expect(text).toMatch(/build wall time \(Chapterhouse\)\s+10\.0 s\s+30\.0 s\s+3\.00×\s+0\.75/);
    expect(text).not.toContain('Astro alone');
  });

  it('prints what Astro alone takes to write as many pages, against the plain build', () => {
    const f = at(1, 30_000, 20_000, 400);
    f.build!.astroAlone = build(9_000, 100, 12_000, 2 ** 29);
    const text = formatReport([f]);
    expect(text).toMatch(/Astro alone, as many empty pages\s+9\.0 s\s+12\.0 s\s+100\s+11\.1\s+512 MiB/);
    // The plain build took 20.0 s wall and 10.0 s CPU.
    expect(text).toContain(`Astro alone takes 9.0 s (CPU 12.0 s) to start and write 100 pages with nothing on them, ${PAGES_IN_FLIGHT} at a time as Chapterhouse writes them: 0.45× the plain build's wall time and 1.20× its CPU time, before any content`);
    // Without the empty build at the plain build's page count, no floor is claimed.
    expect(text).not.toContain('pages the plain build does not write');
  });

  it('prints the lowest ratio the page count allows, in the text and beside the ratio goals', () => {
    const f = at(1, 30_000, 20_000, 400);
    f.build!.astroAlone = build(9_000, 100, 12_000);
    f.build!.astroAloneBaseline = build(4_000, 50, 6_000);
    const text = formatReport([f]);
    expect(text).toMatch(/Astro alone, as many empty pages as plain Astro\s+4\.0 s\s+6\.0 s\s+50\s/);
    // 50 more pages: 5 s and 6 s of CPU more, on a plain build of 20 s and 10 s of CPU.
    expect(text).toContain("Writing the 50 pages the plain build does not write takes Astro alone 5.0 s (CPU 6.0 s) more: with nothing on them, a build of these pages would take 1.25× the plain build's wall time and 1.60× its CPU time");
    expect(text).toMatch(/cold build wall time ≤ 1\.3× plain Astro\s+1\.50× \(the page count alone: 1\.25×\)\s+NOT met/);
    expect(text).toMatch(/cold build CPU time ≤ 1\.3× plain Astro\s+1\.50× \(the page count alone: 1\.60×\)\s+NOT met/);
  });
});

describe('goals', () => {
  const sync = (requests: number, floor: number, pollsRefreshed = 0) => ({ requests, points: requests, servedRequests: requests, servedPoints: requests, floor, byOperation: {}, discussionsFetched: 0, pollsRefreshed, wallMs: 1 });
  const figures = (chWall: number, baseWall: number, page = 20 * 1024): ScaleFigures => ({
    scale: 1, counts, generateMs: 1,
    build: { chapterhouse: { ...build(chWall, 100), htmlBytesPerPage: page }, baseline: build(baseWall, 50), rebuild: build(chWall * 0.2, 100) },
    sync: { first: sync(120, 100), noChange: sync(5, 3, 3) },
  });
  const met = (list: ReturnType<typeof goals>, start: string) => list.find((g) => g.goal.startsWith(start))?.met;

  it('marks each goal met or not from the figures', () => {
    const good = goals(figures(12_000, 10_000));
    expect(met(good, 'cold build wall time')).toBe(true);
    expect(met(good, 'average HTML page')).toBe(true);
    expect(met(good, 'rebuild after one page edit')).toBe(true);
    expect(met(good, 'first sync')).toBe(true);
    expect(met(good, 'no-change sync')).toBe(true);
    const bad = goals({ ...figures(14_000, 10_000, 31 * 1024), sync: { first: sync(121, 100), noChange: sync(6, 3, 3) } });
    // Leftover roster lookups are said, and not counted as the steady cost.
    const lookups = goals({ ...figures(1, 1), sync: { first: sync(1, 1), noChange: { ...sync(30, 3, 3), byOperation: { AccountsByLogin: { requests: 25, points: 25 } } } } });
    expect(met(lookups, 'no-change sync')).toBe(true);
    expect(lookups.find((g) => g.goal.startsWith('no-change'))!.measured).toMatch(/5 requests for 3 open polls \(and 25 looking up roster logins/);
    expect(met(bad, 'cold build wall time')).toBe(false);
    expect(met(bad, 'average HTML page')).toBe(false);
    expect(met(bad, 'first sync')).toBe(false);
    expect(met(bad, 'no-change sync')).toBe(false);
  });

  it('judges the rebuilds after an edit and after votes against the cold build, and the warm output against a cold one', () => {
    const base = figures(100_000, 50_000);
    const warm = (afterVotes: number, differing?: string[]) => ({ ...base, build: { ...base.build!, rebuild: build(20_000, 100), afterVotes: build(afterVotes, 100), differing } });
    expect(met(goals(warm(25_000, [])), 'rebuild after one page edit')).toBe(true);
    expect(met(goals(warm(25_000, [])), 'rebuild after new votes')).toBe(true);
    expect(met(goals(warm(26_000, [])), 'rebuild after new votes')).toBe(false);
    expect(met(goals(warm(1, [])), 'warm build output byte-identical')).toBe(true);
    const differs = goals(warm(1, ['en/index.html']));
    expect(met(differs, 'warm build output byte-identical')).toBe(false);
    expect(differs.find((g) => g.goal.startsWith('warm build output'))!.measured).toMatch(/1 files differ, e\.g\. en\/index\.html/);
    expect(met(goals(warm(1)), 'warm build output byte-identical')).toBeNull();
  });

  it('never marks met what the run did not measure', () => {
    expect(met(goals(figures(1, 1)), 'rebuild after new votes')).toBeNull();
    expect(met(goals({ ...figures(1, 1), build: { ...figures(1, 1).build!, chapterhouse: { ...build(1, 1, null, null) } } }), 'cold build CPU')).toBeNull();
  });
});
