import fs from 'node:fs';
import path from 'node:path';
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { ChapterhouseError } from '../src/lib/errors.ts';
import { readSite } from '../src/lib/content/load.ts';
import { contentRoot, repoRelative } from '../src/lib/content/paths.ts';
import { scaffold, SCAFFOLD_KINDS, type ScaffoldKind } from '../src/lib/content/scaffold.ts';

const command = {
  name: 'npm run new',
  summary: 'create a page or a chapter with valid frontmatter, ready to fill in. It never overwrites a file.',
  positionals: [
    { name: 'kind', description: `what to create: ${SCAFFOLD_KINDS.join(', ')}`, required: true },
    { name: 'slug', description: 'its file name without extension, e.g. spring-cleanup (may contain / for handbook parts)', required: true },
  ],
  flags: {
    lang: { type: 'string', value: 'code', description: 'the language folder (default: the default language in content/site.yml)' },
    title: { type: 'string', value: 'text', description: 'the title to put in the frontmatter' },
    author: { type: 'string', value: 'login', description: 'posts: the author\'s GitHub username from content/members.yml' },
  },
  examples: ['npm run new -- post spring-cleanup --title "Spring clean-up"', 'npm run new -- handbook starting/first-meeting --lang es'],
} as const;

await runCommand(command, async ({ flags, positionals: [kind, slug] }) => {
  const site = readSite();
  const lang = flags.lang ?? site.defaultLanguage;
  if (!site.languages.some((l) => l.code === lang)) {
    throw new ChapterhouseError('unknown-language', `"${lang}" is not a language of this site`, `use one of ${site.languages.map((l) => l.code).join(', ')}, or add it to content/site.yml first`);
  }
  const made = scaffold({ kind: kind as ScaffoldKind, slug: slug!, lang, title: flags.title, author: flags.author, today: new Date() });
  const file = path.join(contentRoot(), made.path);
  if (fs.existsSync(file)) {
    throw new ChapterhouseError('exists', `${repoRelative(file)} already exists`, 'pick another name, or edit the existing file');
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, made.text, { flag: 'wx' });
  progress(`Created ${repoRelative(file)}. Fill in the fields marked in it, then run "npm run check".`);
});
