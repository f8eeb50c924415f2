import type { Check } from './checks.ts';

const MARK = { ok: '✓', fail: '✖', unknown: '?' } as const;

/**
 * The checklist as a maintainer reads it: a mark and one line per check; under a failure, the fix and the page.
 * Lines are not wrapped, so each can be searched for in a workflow log.
 */
export function formatChecklist(repository: string, checks: Check[]): string {
  const lines = [`Chapterhouse set-up of ${repository}:`, ''];
  for (const c of checks) {
    lines.push(`${MARK[c.status]} ${c.title}`);
    if (c.status !== 'ok') {
      if (c.fix) lines.push(`  → ${c.fix}`);
      if (c.url) lines.push(`  → open ${c.url}`);
    }
  }
  const failed = checks.filter((c) => c.status === 'fail').length;
  const unknown = checks.filter((c) => c.status === 'unknown').length;
  lines.push('');
  lines.push(
    failed === 0 && unknown === 0
      ? `All ${checks.length} checks passed: the workflows have what they need.`
      : `${checks.length - failed - unknown} of ${checks.length} checks passed${failed ? `, ${failed} failed` : ''}${unknown ? `, ${unknown} could not be told with this token` : ''}. Fix what is marked ✖, then run "npm run doctor" again.`,
  );
  return `${lines.join('\n')}\n`;
}
