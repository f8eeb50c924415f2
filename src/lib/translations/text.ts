import type { Language } from '../../schemas/index.ts';
import { DATA_KINDS, type DataTextStatus, type KindSummary } from './data-texts.ts';
import type { PageStatus, TranslationReport } from './report.ts';

/** The dashboard as plain text for a terminal: one block per language, worst states first. */

const LABEL: Record<PageStatus['state'], string> = { invalid: 'unreadable', outdated: 'outdated', missing: 'missing', unknown: 'unknown', current: 'up to date' };
const ORDER: PageStatus['state'][] = ['invalid', 'outdated', 'missing', 'unknown', 'current'];
const percent = (share: number) => `${Math.round(share * 100)}%`;

export function renderReportText(report: TranslationReport, languages: readonly Language[]): string {
  const lines: string[] = [];
  if (report.historyProblem) lines.push(`Note: ${report.historyProblem}`, '');
  lines.push(...invalidOriginalLines(report));
  for (const summary of report.languages) {
    const name = languages.find((l) => l.code === summary.lang)?.name ?? summary.lang;
    lines.push(
      `${name} (${summary.lang}): ${percent(summary.coverage)} translated, ${percent(summary.upToDate)} up to date — ` +
        `${summary.current} up to date, ${summary.outdated} outdated, ${summary.missing} missing` +
        (summary.invalid ? `, ${summary.invalid} cannot be read` : '') +
        (summary.unknown ? `, ${summary.unknown} unknown` : ''),
    );
    const pages = report.pages
      .filter((p) => p.lang === summary.lang)
      .sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state));
    const width = Math.max(0, ...pages.map((p) => p.file.length));
    for (const page of pages) {
      lines.push(`  ${LABEL[page.state].padEnd(10)}  ${page.file.padEnd(width)}  ${page.title}`);
      if (page.state === 'invalid') lines.push(`${' '.repeat(14)}cannot be read: ${page.message}`);
      if (page.reviewProblem) lines.push(`${' '.repeat(14)}${page.reviewProblem}`);
      if (page.state === 'outdated') {
        for (const change of page.changes) lines.push(`${' '.repeat(14)}${change.date.slice(0, 10)} ${change.sha.slice(0, 7)} ${change.subject}`);
        if (page.links.compare) lines.push(`${' '.repeat(14)}what changed: ${page.links.compare}`);
      }
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

export interface SummaryInput {
  report: TranslationReport;
  languages: readonly Language[];
  /** Per language: translated and total, per kind of data text, in DATA_KINDS order. */
  data: ReadonlyMap<string, readonly KindSummary[]>;
  /** Per language: interface strings translated and total. */
  ui: ReadonlyMap<string, { translated: number; total: number }>;
}

/**
 * The dashboard in a few lines: one row per language, one column per kind of text. `--details` prints
 * every page and text; the summary stays one screen however many languages and pages there are.
 */
export function renderSummaryText({ report, languages, data, ui }: SummaryInput): string {
  const kinds = DATA_KINDS.filter((kind) => [...data.values()].some((list) => list.some((k) => k.kind === kind)));
  const header = ['language', 'pages: up to date / outdated / missing', ...kinds, 'interface'];
  const rows = report.languages.map((summary) => {
    const name = languages.find((l) => l.code === summary.lang)?.name ?? summary.lang;
    const own = data.get(summary.lang) ?? [];
    const strings = ui.get(summary.lang);
    return [
      `${name} (${summary.lang})`,
      `${summary.current} / ${summary.outdated} / ${summary.missing}${summary.invalid ? ` (${summary.invalid} cannot be read)` : ''}${summary.unknown ? ` (${summary.unknown} unknown)` : ''}`,
      ...kinds.map((kind) => {
        const k = own.find((x) => x.kind === kind);
        return k ? `${k.total - k.missing}/${k.total}` : '—';
      }),
      strings ? `${strings.translated}/${strings.total}` : '—',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const lines: string[] = [];
  if (report.historyProblem) lines.push(`Note: ${report.historyProblem}`, '');
  lines.push(...invalidOriginalLines(report));
  lines.push(line(header), ...rows.map(line), '');
  lines.push('Texts are "translated/total". Run "npm run translations -- --details" for every page and text, or --json for scripts.');
  return `${lines.join('\n')}\n`;
}

/** Every data text and glossary term a language lacks, as `path:line: field: …` to-do lines. */
export function renderDataDetails(statuses: readonly DataTextStatus[], lang: string): string {
  const missing = statuses.filter((s) => s.lang === lang && s.state === 'missing');
  if (missing.length === 0) return '';
  const lines = missing.map((s) => `  ${s.line ? `${s.file}:${s.line}` : s.file}: ${s.field}: not in ${lang} yet (shows "${clipped(s.original)}")`);
  return `${lines.join('\n')}\n`;
}

const clipped = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text).replace(/\s+/g, ' ');

/** Originals that cannot be read stop every translation of them: said first, with the check's message. */
function invalidOriginalLines(report: TranslationReport): string[] {
  if (report.invalidOriginals.length === 0) return [];
  return [...report.invalidOriginals.map((o) => `Original cannot be read: ${o.file}: ${o.message}`), ''];
}
