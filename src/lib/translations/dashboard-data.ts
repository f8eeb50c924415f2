import { site } from '../../i18n/index.ts';
import { uiKeyReport } from '../../i18n/missing-keys.ts';
import { engineStrings, readUiStrings, referenceKeyLines, REFERENCE_LANGUAGE } from '../../i18n/ui-strings.ts';
import { DATA_KINDS, summarizeDataTexts } from './data-texts.ts';
import { loadTranslationReport } from './load.ts';
import { loadDataTextStatuses } from './load-data-texts.ts';

/**
 * What every language's dashboard page shares: the report, the data texts and the overview rows of every
 * language. Worked out once per build rather than once per page (with 14 languages that was 14 readings of every
 * poll file and 196 comparisons of interface strings); `npm run dev` works it out on each request, so an edit
 * shows on the next page load.
 */
function load() {
  const report = loadTranslationReport();
  const dataTexts = loadDataTextStatuses();
  const uiTotal = Object.keys(engineStrings(REFERENCE_LANGUAGE)).length;
  const uiKeys = new Map(report.languages.map((s) => [s.lang, uiKeyReport(s.lang, readUiStrings(s.lang))]));
  const kinds = DATA_KINDS.filter((kind) => dataTexts.some((s) => s.kind === kind));
  const rows = report.languages.map((summary) => ({
    summary,
    data: summarizeDataTexts(dataTexts, summary.lang),
    ui: { translated: uiTotal - uiKeys.get(summary.lang)!.missing.length, total: uiTotal },
  }));
  return { report, dataTexts, uiTotal, uiKeys, kinds, rows, lines: referenceKeyLines(), repo: { repository: site.repository, branch: site.branch } };
}

let kept: ReturnType<typeof load> | undefined;

export function dashboardData(): ReturnType<typeof load> {
  if (!import.meta.env?.PROD) return load();
  return (kept ??= load());
}
