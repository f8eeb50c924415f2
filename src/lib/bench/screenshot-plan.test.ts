import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../cli/command.ts';
import { makeMiniOrg } from '../../../test/fixtures/mini-org.ts';
import { contactSheet, DEFAULT_OUT, pick, screenshotOptions, shotFile, type TakenShot } from './screenshot-plan.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('screenshotOptions', () => {
  it('has defaults for everything', () => {
    expect(screenshotOptions({})).toEqual({ out: DEFAULT_OUT, langs: null, pages: null, widths: [360, 1280] });
  });

  it('reads lists and widths', () => {
    expect(screenshotOptions({ lang: 'es,ja', page: 'home, poll', width: '390', out: '/tmp/x' })).toEqual({ out: '/tmp/x', langs: ['es', 'ja'], pages: ['home', 'poll'], widths: [390] });
  });

  it('refuses widths that are not screens, saying what to do', () => {
    expect(() => screenshotOptions({ width: '12' })).toThrow(/--width 12 is not a screen width: give whole pixels between 200 and 3840/);
    expect(() => screenshotOptions({ width: 'wide' })).toThrow(UsageError);
  });
});

describe('pick', () => {
  it('keeps the known order and refuses unknown names, listing the known ones', () => {
    expect(pick(['poll', 'home'], ['home', 'document', 'poll'], 'kind of page', '--page')).toEqual(['home', 'poll']);
    expect(pick(null, ['home', 'poll'], 'kind of page', '--page')).toEqual(['home', 'poll']);
    expect(() => pick(['hme'], ['home', 'poll'], 'kind of page', '--page')).toThrow(/unknown kind of page: hme[\s\S]*--page with any of: home, poll/);
  });
});

describe('contactSheet', () => {
  const shot = (lang: string, name: string, width: number, more: Partial<TakenShot> = {}): TakenShot => ({
    lang, name, width, path: `/${lang}/${name}/`, file: shotFile(lang, name, width), scrollWidth: width, scrollHeight: 1000, cut: false, ...more,
  });

  it('puts one kind of page per row and one language and width per column, and flags sideways scrolling', () => {
    const html = contactSheet([shot('en', 'home', 360), shot('es', 'home', 360, { scrollWidth: 420 }), shot('en', 'poll', 1280, { cut: true })], 'Review');
    expect(html.match(/<tr><th scope="row">/g)).toHaveLength(2);
    expect(html).toContain('<th scope="col">en 360 px</th><th scope="col">es 360 px</th><th scope="col">en 1280 px</th>');
    expect(html).toContain('src="es/home-360.png"');
    expect(html).toContain('scrolls sideways: 420 px');
    expect(html).toContain('(cut)');
  });

  it('escapes what it prints', () => {
    expect(contactSheet([shot('en', '<b>', 360)], 'A & B')).not.toMatch(/<b>|A & B/);
  });
});

describe('npm run screenshots', () => {
  it('refuses a language the site does not have before starting a browser', () => {
    const org = makeMiniOrg();
    try {
      const bad = spawnSync(process.execPath, ['scripts/screenshots.ts', '--lang', 'xx'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHAPTERHOUSE_CONTENT: org } });
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/unknown language: xx[\s\S]*en, es/);
    } finally {
      fs.rmSync(org, { recursive: true, force: true });
    }
  });
});
