import { z } from 'zod';
import { githubLogin, languageCode } from '../../schemas/index.ts';

/** What `npm run init` asks for: the five facts a new organization starts from. */
export const initSettingsSchema = z
  .object({
    name: z.string().trim().min(1, 'give the organization a name').refine((n) => !/[\r\n]/.test(n), 'the name must fit on one line'),
    repository: z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'write the repository as owner/name, e.g. harbor-alliance/site'),
    languages: z.array(languageCode).min(1, 'list at least one language code, e.g. en or en,fr'),
    defaultLanguage: languageCode,
    maintainer: githubLogin,
  })
  .superRefine((s, ctx) => {
    if (!s.languages.includes(s.defaultLanguage)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLanguage'], message: `"${s.defaultLanguage}" is not one of the languages (${s.languages.join(', ')})` });
    }
    if (new Set(s.languages).size !== s.languages.length) ctx.addIssue({ code: 'custom', path: ['languages'], message: 'a language is listed twice' });
  });
export type InitSettings = z.infer<typeof initSettingsSchema>;

/** Where GitHub Pages publishes a repository: the user site for owner/owner.github.io, a project site otherwise. */
export function pagesUrl(repository: string): string {
  const [owner = '', name = ''] = repository.split('/');
  const host = `${owner.toLowerCase()}.github.io`;
  return name.toLowerCase() === host ? `https://${host}/` : `https://${host}/${name}/`;
}
