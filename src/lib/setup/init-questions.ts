import type { Asker } from '../cli/prompt.ts';

/** init's answers, as typed: validated afterwards with the same schema as the flags. */
export interface InitAnswers {
  name: string;
  repository: string;
  /** Comma-separated codes. */
  languages: string;
  defaultLanguage?: string;
  maintainer?: string;
}

/**
 * The questions `npm run init` asks on a terminal, each offering the current value (a flag given, or what the
 * repository holds now) so Enter keeps it. Returns null when the person declines the last question.
 */
export async function askInitQuestions(asker: Asker, current: InitAnswers, repo: string): Promise<InitAnswers | null> {
  const name = await asker.ask("The organization's name", current.name);
  const repository = await asker.ask('Its GitHub repository (owner/name)', current.repository);
  const languages = await asker.ask('Languages, comma-separated codes', current.languages);
  const firstLanguage = languages.split(',')[0]?.trim();
  const defaultLanguage = await asker.ask('Default language', current.defaultLanguage ?? firstLanguage);
  const maintainer = await asker.ask('GitHub username of the first maintainer', current.maintainer);
  const answers = { name, repository, languages, defaultLanguage, maintainer };
  return (await asker.confirm(`Replace the demo in ${repo} with ${name}?`)) ? answers : null;
}
