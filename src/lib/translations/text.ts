import type { Language } from '../../schemas/index.ts';
import type { PageStatus, TranslationReport } from './report.ts';

/** The dashboard as plain text for a terminal: one block per language, worst states first. */

const LABEL: Record<PageStatus['state'], string> = { outdated: 'outdated', missing: 'missing', unknown: 'unknown', current: 'up to date' };
const ORDER: PageStatus['state'][] = ['outdated', 'missing', 'unknown', 'current'];
const percent = (share: number) => `${Math.round(share * 100)}%`;

export function renderReportText(report: TranslationReport, languages: readonly Language[]): string {
  const lines: string[] = [];
  if (report.historyProblem) lines.push(`Note: ${report.historyProblem}`, '');
  for (const summary of report.languages) {
    const name = languages.find((l) => l.code === summary.lang)?.name ?? summary.lang;
    lines.push(
      `${name} (${summary.lang}): ${percent(summary.coverage)} translated, ${percent(summary.upToDate)} up to date — ` +
        `${summary.current} up to date, ${summary.outdated} outdated, ${summary.missing} missing` +
        (summary.unknown ? `, ${summary.unknown} unknown` : ''),
    );
    const pages = report.pages
      .filter((p) => p.lang === summary.lang)
      .sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state));
    const width = Math.max(0, ...pages.map((p) => p.file.length));
    for (const page of pages) {
      lines.push(`  ${LABEL[page.state].padEnd(10)}  ${page.file.padEnd(width)}  ${page.title}`);
      if (page.state === 'outdated') {
        for (const change of page.changes) lines.push(`${' '.repeat(14)}${change.date.slice(0, 10)} ${change.sha.slice(0, 7)} ${change.subject}`);
        if (page.links.compare) lines.push(`${' '.repeat(14)}what changed: ${page.links.compare}`);
      }
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
