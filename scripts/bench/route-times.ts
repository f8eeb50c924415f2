/**
 * Where a build's page-rendering time goes, read from Astro's build log: Astro renders pages one after the
 * other and logs each with its time (`├─ /en/blog/x/index.html (+12ms)`). Pages are grouped by route shape:
 * the language prefix and slugs are dropped, so `/es/blog/post-7/` and `/en/blog/post-9/` are both `blog/*`.
 */

export interface RouteGroup { group: string; pages: number; totalMs: number; maxMs: number }

const ANSI = /\x1b\[[0-9;]*m/g;
const PAGE = /[├└]─\s+(\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s|m)\)/;

export function routeGroup(file: string, languages: ReadonlySet<string>): string {
  const parts = file.replace(/^\//, '').replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '').split('/').filter(Boolean);
  if (parts.length && languages.has(parts[0]!)) parts.shift();
  if (parts.length === 0) return '(home)';
  // Keep the section and any fixed sub-route words; a segment with a digit or past the second is a slug.
  const kept = [parts[0]!];
  for (const p of parts.slice(1)) kept.push(/\d/.test(p) ? '*' : p);
  return kept.join('/').replace(/(\/\*)+/g, '/*');
}

export function routeTimes(log: string, languages: ReadonlySet<string>): RouteGroup[] {
  const groups = new Map<string, RouteGroup>();
  for (const raw of log.split('\n')) {
    const m = PAGE.exec(raw.replace(ANSI, ''));
    if (!m) continue;
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : m[3] === 'm' ? 60_000 : 1);
    const group = routeGroup(m[1]!, languages);
    const g = groups.get(group) ?? { group, pages: 0, totalMs: 0, maxMs: 0 };
    g.pages += 1;
    g.totalMs += ms;
    g.maxMs = Math.max(g.maxMs, ms);
    groups.set(group, g);
  }
  return [...groups.values()].sort((a, b) => b.totalMs - a.totalMs);
}
