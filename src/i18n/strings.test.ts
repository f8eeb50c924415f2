import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareUiKeys } from './missing-keys.ts';
import { engineLanguages, engineStrings, REFERENCE_LANGUAGE } from './ui-strings.ts';

/**
 * The project's own interface strings (src/i18n/strings/): English has every key the components use;
 * every translation the project ships uses only English's keys and keeps every {placeholder}.
 */
describe("the project's interface strings", () => {
  const english = engineStrings(REFERENCE_LANGUAGE);

  it('include English and at least one translation', () => {
    expect(engineLanguages()).toContain(REFERENCE_LANGUAGE);
    expect(Object.keys(english).length).toBeGreaterThan(100);
  });

  it('have every key the site asks for by name', () => {
    const src = path.resolve(import.meta.dirname, '..');
    const files = (fs.readdirSync(src, { recursive: true }) as string[]).filter((f) => /\.(astro|ts)$/.test(f) && !f.endsWith('.test.ts'));
    const asked = new Set(files.flatMap((f) => [...fs.readFileSync(path.join(src, f), 'utf8').matchAll(/\bt\(\s*[\w.]+,\s*'([a-z][\w.]*)'/g)].map((m) => m[1]!)));
    expect(asked.size).toBeGreaterThan(50);
    expect([...asked].filter((key) => !(key in english))).toEqual([]);
  });

  it.each(engineLanguages().filter((l) => l !== REFERENCE_LANGUAGE))('%s: no unknown key, no lost placeholder', (lang) => {
    const report = compareUiKeys(lang, english, engineStrings(lang));
    expect({ unknown: report.unknown, placeholders: report.placeholders }).toEqual({ unknown: [], placeholders: [] });
  });
});
