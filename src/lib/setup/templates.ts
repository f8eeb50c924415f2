import fs from 'node:fs';
import path from 'node:path';

/**
 * The files `npm run init` writes, kept as files under templates/ (laid out as they land in the repository,
 * LANG and CHAPTER standing for the folder and file names), with {{placeholders}} filled in.
 */
export const TEMPLATES_DIR = path.join(import.meta.dirname, 'templates');

export function readTemplate(name: string): string {
  return fs.readFileSync(path.join(TEMPLATES_DIR, name), 'utf8');
}

/** Fill every {{name}}; a placeholder without a value is a bug in the caller, not text to publish. */
export function fillTemplate(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in vars)) throw new Error(`template placeholder {{${key}}} has no value`);
    return vars[key]!;
  });
}
