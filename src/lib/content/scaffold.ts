import { stringify } from 'yaml';
import { ChapterhouseError } from '../errors.ts';

/** What `npm run new` can create, and where each kind lives. */
export const SCAFFOLD_KINDS = ['post', 'handbook', 'document', 'chapter'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

export interface ScaffoldInput {
  kind: ScaffoldKind;
  /** `lisbon-cleanup`, or for the handbook `part/page`. */
  slug: string;
  lang: string;
  title?: string;
  author?: string;
  today: Date;
}

export interface Scaffold {
  /** Path relative to the content folder. */
  path: string;
  text: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const titleFrom = (slug: string) => {
  const last = slug.split('/').pop() ?? slug;
  return last.charAt(0).toUpperCase() + last.slice(1).replace(/-/g, ' ');
};
const frontmatter = (data: Record<string, unknown>, body: string) => `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body}\n`;

export function scaffold(input: ScaffoldInput): Scaffold {
  const { kind, slug, lang } = input;
  const parts = slug.split('/');
  if (!SCAFFOLD_KINDS.includes(kind)) {
    throw new ChapterhouseError('scaffold-kind', `"${kind}" is not something "npm run new" can create`, `use one of: ${SCAFFOLD_KINDS.join(', ')}, e.g. npm run new -- post spring-cleanup`);
  }
  if (!parts.every((p) => SLUG.test(p)) || (kind !== 'handbook' && parts.length > 1)) {
    throw new ChapterhouseError('scaffold-slug', `"${slug}" is not a valid name for a ${kind}`, 'use lowercase letters, digits and hyphens, e.g. "spring-cleanup"' + (kind === 'handbook' ? ' or "part/page"' : ''));
  }
  const title = input.title ?? titleFrom(slug);
  switch (kind) {
    case 'post':
      return {
        path: `${lang}/blog/${slug}.mdx`,
        text: frontmatter(
          { title, date: iso(input.today), authors: [input.author ?? 'your-github-username'], tags: [], summary: 'One sentence that tells readers what this post is about.', scope: 'international', draft: true },
          'Write the post here. Remove `draft: true` above when it is ready to publish.',
        ),
      };
    case 'handbook':
      return {
        path: `${lang}/handbook/${slug}.mdx`,
        text: frontmatter({ title, summary: 'What a chapter organizer will learn on this page.', order: 99 }, 'Write the page here. Change `order` to place it among its neighbours.'),
      };
    case 'document':
      return {
        path: `${lang}/documents/${slug}.mdx`,
        text: frontmatter({ title, summary: 'One sentence on what this document settles.', order: 99, status: 'draft' }, 'Write the draft here. It becomes adopted through a proposal and a poll.'),
      };
    case 'chapter':
      return {
        path: `chapters/${slug}.yml`,
        text: stringify({ name: title, city: title, country: 'XX', status: 'forming', founded: iso(input.today), cadence: 'Monthly', contact: 'mailto:chapter@example.org' }, { lineWidth: 0 })
          .replace('country: XX', 'country: XX # two-letter country code in capitals, e.g. PT'),
      };
  }
}
