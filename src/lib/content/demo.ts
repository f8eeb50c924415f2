import fs from 'node:fs';
import path from 'node:path';
import { demoSchema, type DemoSettings } from '../../schemas/index.ts';
import { ContentError } from '../errors.ts';
import { problemsFromZod, safeParseContent } from './friendly-parse.ts';
import { parseYamlFile } from './frontmatter.ts';
import { contentRoot, repoRelative } from './paths.ts';

/** The file that marks the demo organization; `npm run init` deletes it with the rest of the demo. */
export const DEMO_FILE = 'demo.yml';

export function isDemoPresent(root = contentRoot()): boolean {
  return fs.existsSync(path.join(root, DEMO_FILE));
}

/** The demo's settings, or null for a real organization. A malformed file is an error naming the field. */
export function readDemo(root = contentRoot()): DemoSettings | null {
  const file = path.join(root, DEMO_FILE);
  if (!fs.existsSync(file)) return null;
  const rel = repoRelative(file);
  const result = safeParseContent(demoSchema, parseYamlFile(fs.readFileSync(file, 'utf8'), rel));
  if (!result.success) throw new ContentError(problemsFromZod(rel, result.error));
  return result.data;
}
