import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURE_REPOSITORY, FIXTURE_SITE_YML } from '../fixtures/site.ts';

export const REPO = FIXTURE_REPOSITORY;

/** `n` roster members m001…mNNN who joined long ago, plus a maintainer. */
export function rosterYaml(n: number): string {
  const lines = ['- { github: chair, chapter: lisbon, since: 2020-01-01, role: maintainer }'];
  for (let i = 1; i <= n; i++) lines.push(`- { github: ${member(i)}, chapter: lisbon, since: 2020-01-01 }`);
  return `${lines.join('\n')}\n`;
}
export const member = (i: number) => `m${String(i).padStart(3, '0')}`;

/** The GitHub accounts of the roster of rosterYaml(n): every member has one, as on GitHub. */
export function addRosterAccounts(data: { addActor(login: string): unknown }, n: number) {
  data.addActor('chair');
  for (let i = 1; i <= n; i++) data.addActor(member(i));
}

/** A throwaway content folder: the fixture site.yml, a roster, and the given poll files. */
export function makeRoot(members: string, polls: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-polls-'));
  fs.writeFileSync(path.join(root, 'site.yml'), FIXTURE_SITE_YML);
  fs.writeFileSync(path.join(root, 'members.yml'), members);
  fs.mkdirSync(path.join(root, 'polls'));
  for (const [id, text] of Object.entries(polls)) fs.writeFileSync(path.join(root, 'polls', `${id}.yml`), text);
  return root;
}

export function pollYaml(fields: { opens: string; closes: string; discussion?: number; proposal?: number; type?: string; options?: string[] }): string {
  const options = fields.options ?? ['yes', 'no', 'abstain'];
  return [
    'title: { en: Adopt the budget, es: Adoptar el presupuesto }',
    'question: Should we adopt the budget?',
    `type: ${fields.type ?? 'single'}`,
    'options:',
    ...options.map((k) => `  - { key: "${k}", label: "${k[0]!.toUpperCase()}${k.slice(1)}" }`),
    `opens: ${fields.opens}`,
    `closes: ${fields.closes}`,
    ...(fields.discussion ? [`discussion: ${fields.discussion}`] : []),
    ...(fields.proposal ? [`proposal: ${fields.proposal}`] : []),
    '',
  ].join('\n');
}

export const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
