import path from 'node:path';
import { readSite } from '../src/lib/content/load.ts';
import { contentRoot } from '../src/lib/content/paths.ts';
import { formatProblem } from '../src/lib/errors.ts';
import { progress, runCommand, UsageError } from '../src/lib/cli/command.ts';
import { loadTranslationReport } from '../src/lib/translations/load.ts';
import { summarizeDataTexts } from '../src/lib/translations/data-texts.ts';
import { loadDataTextStatuses } from '../src/lib/translations/load-data-texts.ts';
import { renderDataDetails, renderReportText, renderSummaryText } from '../src/lib/translations/text.ts';
import { uiKeyProblems, uiKeyReport } from '../src/i18n/missing-keys.ts';
import { engineStrings, readUiStrings, REFERENCE_LANGUAGE } from '../src/i18n/ui-strings.ts';

const command = {
  name: 'npm run translations',
  summary:
    "the translators' dashboard in the terminal: one line per language with its pages (up to date, outdated, missing) and " +
    'how many of its chapters, polls, tags, glossary terms and interface strings are translated. --details lists every page ' +
    'and text; --json gives everything to scripts. The table goes to stdout, progress to stderr.',
  flags: {
    json: { type: 'boolean', description: 'print the whole report (pages, data texts, interface strings) as JSON on stdout, for scripts' },
    details: { type: 'boolean', description: 'list every page, data text and interface string a language lacks, not only the counts' },
    lang: { type: 'string', value: 'code', description: 'only this language' },
  },
  examples: ['npm run translations', 'npm run translations -- --lang es --details', 'npm run translations -- --json'],
} as const;

await runCommand(command, async ({ flags }) => {
  const root = contentRoot();
  const site = readSite(root);
  const only = flags.lang;
  const codes = site.languages.map((l) => l.code);
  if (only && !codes.includes(only)) throw new UsageError(`there is no language "${only}" in content/site.yml: use one of ${codes.join(', ')}`);
  progress('Reading pages and git history…');
  const started = Date.now();
  const report = loadTranslationReport(root);
  progress(`Compared ${report.pages.length} page translations in ${Date.now() - started} ms.`);
  if (report.historyProblem) progress(`⚠ ${report.historyProblem}`);

  const reference = engineStrings(REFERENCE_LANGUAGE);
  const uiKeys = codes
    .filter((code) => code !== REFERENCE_LANGUAGE && (!only || code === only))
    .map((code) => uiKeyReport(code, readUiStrings(code, root)));
  const data = loadDataTextStatuses(root).filter((s) => !only || s.lang === only);
  const filtered = only
    ? { ...report, languages: report.languages.filter((l) => l.lang === only), pages: report.pages.filter((p) => p.lang === only) }
    : report;

  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ ...filtered, dataTexts: data, uiKeys }, null, 2)}\n`);
    return 0;
  }
  const total = Object.keys(reference).length;
  if (!flags.details) {
    process.stdout.write(renderSummaryText({
      report: filtered,
      languages: site.languages,
      data: new Map(filtered.languages.map((l) => [l.lang, summarizeDataTexts(data, l.lang)])),
      ui: new Map(uiKeys.map((k) => [k.lang, { translated: total - k.missing.length, total }])),
    }));
    return 0;
  }
  process.stdout.write(renderReportText(filtered, site.languages));
  for (const lang of filtered.languages.map((l) => l.lang)) {
    const details = renderDataDetails(data, lang);
    process.stdout.write(`\nData texts and glossary terms (${lang}): ${details ? `\n${details}` : 'nothing missing\n'}`);
  }
  for (const keys of uiKeys) {
    const file = path.posix.join('content', keys.lang, 'ui.yml');
    const problems = uiKeyProblems(keys, file, reference);
    process.stdout.write(`\nInterface strings (${file}): ${Math.round(keys.coverage * 100)}% translated`);
    process.stdout.write(problems.length ? `\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n` : ', nothing missing\n');
  }
  return 0;
});
