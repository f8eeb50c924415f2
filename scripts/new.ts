// npm run new -- <post|handbook|document|chapter> <slug> [--lang es] [--title "…"] [--author login]
import fs from 'node:fs';
import path from 'node:path';
import { flagValue, progress, runCli } from '../src/lib/cli/run.ts';
import { ChapterhouseError } from '../src/lib/errors.ts';
import { readSite } from '../src/lib/content/load.ts';
import { contentRoot, repoRelative } from '../src/lib/content/paths.ts';
import { scaffold, SCAFFOLD_KINDS, type ScaffoldKind } from '../src/lib/content/scaffold.ts';

await runCli(async (args) => {
  const [kind, slug] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!kind || !slug) {
    throw new ChapterhouseError('usage', 'npm run new needs a kind and a name', `run e.g. "npm run new -- post spring-cleanup" (kinds: ${SCAFFOLD_KINDS.join(', ')})`);
  }
  const site = readSite();
  const lang = flagValue(args, '--lang') ?? site.defaultLanguage;
  if (!site.languages.some((l) => l.code === lang)) {
    throw new ChapterhouseError('unknown-language', `"${lang}" is not a language of this site`, `use one of ${site.languages.map((l) => l.code).join(', ')}, or add it to content/site.yml first`);
  }
  const made = scaffold({ kind: kind as ScaffoldKind, slug, lang, title: flagValue(args, '--title'), author: flagValue(args, '--author'), today: new Date() });
  const file = path.join(contentRoot(), made.path);
  if (fs.existsSync(file)) {
    throw new ChapterhouseError('exists', `${repoRelative(file)} already exists`, 'pick another name, or edit the existing file');
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, made.text, { flag: 'wx' });
  progress(`Created ${repoRelative(file)}. Fill in the fields marked in it, then run "npm run check".`);
});
