import path from 'node:path';
import { readSite } from '../src/lib/content/load.ts';
import { contentRoot } from '../src/lib/content/paths.ts';
import { formatProblem } from '../src/lib/errors.ts';
import { progress, runCommand, UsageError } from '../src/lib/cli/command.ts';
import { loadTranslationReport } from '../src/lib/translations/load.ts';
import { renderReportText } from '../src/lib/translations/text.ts';
import { uiKeyProblems, uiKeyReport } from '../src/i18n/missing-keys.ts';
import { engineStrings, readUiStrings, REFERENCE_LANGUAGE } from '../src/i18n/ui-strings.ts';

const command = {
  name: 'npm run translations',
  summary:
    "the translators' dashboard in the terminal: every page by language (up to date, outdated or missing), each language's " +
    'coverage, and the interface strings a language lacks. The table goes to stdout, progress to stderr.',
  flags: {
    json: { type: 'boolean', description: 'print the whole report as JSON on stdout, for scripts' },
    lang: { type: 'string', value: 'code', description: 'only this language' },
  },
  examples: ['npm run translations', 'npm run translations -- --lang es --json'],
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
  const filtered = only
    ? { ...report, languages: report.languages.filter((l) => l.lang === only), pages: report.pages.filter((p) => p.lang === only) }
    : report;

  if (flags.json) {
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
