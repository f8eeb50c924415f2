/** `npm run init`: replace the demo organization with a new, minimal one of your own. */
import { execFileSync } from 'node:child_process';
import { progress, runCommand, UsageError } from '../src/lib/cli/command.ts';
import { terminalAsker } from '../src/lib/cli/prompt.ts';
import { parseListFlag } from '../src/lib/cli/values.ts';
import { readSite } from '../src/lib/content/load.ts';
import { localize } from '../src/schemas/index.ts';
import { problemsFromZod } from '../src/lib/content/friendly-parse.ts';
import { assertReadyForInit, runInit, summarizeRemoved } from '../src/lib/setup/run-init.ts';
import { askInitQuestions, type InitAnswers } from '../src/lib/setup/init-questions.ts';
import { initSettingsSchema } from '../src/lib/setup/settings.ts';

const command = {
  name: 'npm run init',
  summary:
    'replace the demo organization with a minimal, valid one of your own: content/site.yml with these settings, a mission ' +
    'to write, a handbook front page, a first post, one chapter, a roster holding the maintainer, interface strings for ' +
    'each language, an empty GitHub snapshot, and CODEOWNERS. Without --yes it asks for each value on the terminal. It ' +
    'refuses a working tree with uncommitted changes, prints what it removed and created, and stages the result for you to commit.',
  flags: {
    name: { type: 'string', value: 'text', description: 'the organization\'s name, e.g. "Harbor Alliance"' },
    repository: { type: 'string', value: 'owner/name', description: 'the GitHub repository of the site (default: the origin remote)' },
    languages: { type: 'string', value: 'codes', description: 'the site\'s languages, comma-separated, e.g. en,fr,ar' },
    'default-language': { type: 'string', value: 'code', description: 'the language pages are written in first (default: the first of --languages)' },
    maintainer: { type: 'string', value: 'login', description: 'the GitHub username of the first maintainer, put on the roster' },
    yes: { type: 'boolean', description: 'ask nothing: take the flags (and defaults) as they are' },
  },
  examples: [
    'npm run init -- --name "Harbor Alliance" --repository harbor-alliance/site --languages en,fr,ar --default-language en --maintainer octocat --yes',
    'npm run init',
  ],
} as const;

await runCommand(command, async ({ flags }) => {
  const repo = process.cwd();
  // Refuse before asking anything: a dirty tree, or a tree without the demo, would waste the answers.
  assertReadyForInit(repo);
  const current = readSite();
  const defaults = {
    name: flags.name ?? localize(current.name, current.defaultLanguage, current.defaultLanguage),
    repository: flags.repository ?? originRepository() ?? current.repository,
    languages: flags.languages ?? current.languages.map((l) => l.code).join(','),
    defaultLanguage: flags['default-language'],
    maintainer: flags.maintainer,
  };
  let answers: InitAnswers = defaults;
  if (!flags.yes) {
    if (!process.stdin.isTTY) throw new UsageError('init asks its questions on a terminal; without one, give every value as a flag and add --yes');
    const asker = terminalAsker();
    try {
      const given = await askInitQuestions(asker, defaults, repo);
      if (!given) {
        progress('Nothing was changed.');
        return 1;
      }
      answers = given;
    } finally {
      asker.close();
    }
  }
  const languages = parseListFlag(answers.languages);
  const parsed = initSettingsSchema.safeParse({ ...answers, languages, defaultLanguage: answers.defaultLanguage ?? languages[0], maintainer: answers.maintainer ?? '' });
  if (!parsed.success) {
    const flag = (field: string) => `--${field.replace(/\[.*$/, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    throw new UsageError(problemsFromZod('', parsed.error).map((p) => `${flag(p.field)}: ${p.message}`).join('\n  '));
  }

  const { removed, created } = runInit(repo, parsed.data, new Date().toISOString().slice(0, 10));
  progress(`Removed the demo organization (${removed.length} files):`);
  for (const line of summarizeRemoved(removed)) progress(`  - ${line}`);
  progress(`Created ${parsed.data.name} (${created.length} files):`);
  for (const file of created) progress(`  + ${file.path}`);
  progress(
    [
      '',
      'Everything is staged. Next:',
      '  1. npm run build && npm test       (both work offline)',
      '  2. git diff --cached --stat        (review), then: git commit -m "Start ' + parsed.data.name.replace(/"/g, '\\"') + '"',
      '  3. set up GitHub as the README says ("For maintainers"), then: npm run doctor',
    ].join('\n'),
  );
  return 0;
});

/** owner/name from a GitHub origin remote, the usual "current value" in a fresh clone of your own repository. */
function originRepository(): string | undefined {
  try {
    const url = execFileSync('git', ['remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?$/.exec(url)?.[1];
  } catch {
    return undefined;
  }
}
