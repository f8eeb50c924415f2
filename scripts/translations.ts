/**
 * `npm run translations`: the translators' dashboard in the terminal.
 *   --json        the whole report as JSON on stdout, for scripts
 *   --lang <code> only this language
 * Progress and problems go to stderr; the table goes to stdout.
 */
import path from 'node:path';
import { readSite } from '../src/lib/content/load.ts';
import { contentRoot } from '../src/lib/content/paths.ts';
import { formatProblem } from '../src/lib/errors.ts';
import { flagValue, hasFlag, progress, runCli } from '../src/lib/cli/run.ts';
import { loadTranslationReport } from '../src/lib/translations/load.ts';
import { renderReportText } from '../src/lib/translations/text.ts';
import { compareUiKeys, uiKeyProblems } from '../src/i18n/missing-keys.ts';
import { readUiStrings } from '../src/i18n/ui-strings.ts';
import { ChapterhouseError } from '../src/lib/errors.ts';

await runCli(async (args) => {
  const root = contentRoot();
  const site = readSite(root);
  const only = flagValue(args, '--lang');
  const codes = site.languages.map((l) => l.code);
  if (only && !codes.includes(only)) {
    throw new ChapterhouseError('unknown-language', `there is no language "${only}" in content/site.yml`, `use one of ${codes.join(', ')}`);
  }
  progress('Reading pages and git history…');
  const started = Date.now();
  const report = loadTranslationReport(root);
  progress(`Compared ${report.pages.length} page translations in ${Date.now() - started} ms.`);
  if (report.historyProblem) progress(`⚠ ${report.historyProblem}`);

  const reference = readUiStrings(site.defaultLanguage, root);
  const uiKeys = codes
    .filter((code) => code !== site.defaultLanguage && (!only || code === only))
    .map((code) => compareUiKeys(code, reference, readUiStrings(code, root)));
  const filtered = only
    ? { ...report, languages: report.languages.filter((l) => l.lang === only), pages: report.pages.filter((p) => p.lang === only) }
    : report;

  if (hasFlag(args, '--json')) {
    process.stdout.write(`${JSON.stringify({ ...filtered, uiKeys }, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(renderReportText(filtered, site.languages));
  for (const keys of uiKeys) {
    const file = path.posix.join('content', keys.lang, 'ui.yml');
    const problems = uiKeyProblems(keys, file, reference);
    process.stdout.write(`\nInterface strings (${file}): ${Math.round(keys.coverage * 100)}% translated`);
    process.stdout.write(problems.length ? `\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n` : ', nothing missing\n');
  }
  return 0;
});
