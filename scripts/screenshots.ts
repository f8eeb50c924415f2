/**
 * `npm run screenshots`: one picture of every kind of page, in every language, at a phone's and a desktop's
 * width, for reviewing the layout by eye. The choices are made in src/lib/bench/screenshot-plan.ts, the pages
 * come from test/support/reader-pages.ts.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readSite } from '../src/lib/content/load.ts';
import { ChapterhouseError } from '../src/lib/errors.ts';
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { DEFAULT_OUT, MAX_HEIGHT, contactSheet, pick, screenshotOptions, shotFile, type TakenShot } from '../src/lib/bench/screenshot-plan.ts';
import { browseBuiltSite } from '../test/support/browse-site.ts';
import { readerPages } from '../test/support/reader-pages.ts';

/** Pages in Japanese (or any script) need a font for it on this machine, or the pictures show empty boxes. */
function warnAboutFonts(langs: string[]) {
  const scripts: Record<string, string> = { ja: 'fonts-noto-cjk', zh: 'fonts-noto-cjk', ko: 'fonts-noto-cjk', ar: 'fonts-noto-core', hi: 'fonts-noto-core' };
  for (const lang of langs.filter((l) => l.split('-')[0]! in scripts)) {
    let found = '';
    try {
      found = execFileSync('fc-list', [`:lang=${lang.split('-')[0]}`, 'family'], { encoding: 'utf8' }).trim();
    } catch {
      return; // no fontconfig: nothing to ask
    }
    if (!found) progress(`⚠ No font for "${lang}" on this machine: its pictures will show empty boxes. On Debian: apt-get install -y ${scripts[lang.split('-')[0]!]}`);
  }
}

const command = {
  name: 'npm run screenshots',
  summary:
    "photograph one page of every kind, in every language of the site, at a phone's and a desktop's width, from the " +
    'built site in dist/ (built first when missing or stale). Open index.html in the output folder to review them side by side.',
  flags: {
    out: { type: 'string', value: 'folder', description: `where to write the pictures (default: ${DEFAULT_OUT}, not committed)` },
    lang: { type: 'string', value: 'codes', description: 'only these languages, comma-separated (default: every language in content/site.yml)' },
    page: { type: 'string', value: 'names', description: 'only these kinds of page, comma-separated, e.g. home,poll (default: every kind)' },
    width: { type: 'string', value: 'pixels', description: 'widths to photograph, comma-separated (default: 360,1280)' },
    json: { type: 'boolean', description: "print what was taken, with each page's width and height, as JSON on stdout" },
  },
  env: { CHROMIUM_PATH: 'the Chromium or Chrome binary (default /usr/bin/chromium)' },
  examples: ['npm run screenshots', 'npm run screenshots -- --lang ja --page home,poll --width 390'],
} as const;

await runCommand(command, async ({ flags }) => {
  const options = { ...screenshotOptions(flags), json: flags.json };
  const site = readSite();
  const langs = pick(options.langs, site.languages.map((l) => l.code), 'language', '--lang');
  const kinds = [...new Set(langs.flatMap((l) => readerPages(l).map((p) => p.name)))];
  const names = pick(options.pages, kinds, 'kind of page', '--page');
  const out = path.resolve(options.out);
  warnAboutFonts(langs);

  const { origin, browser, close } = await browseBuiltSite('npm run screenshots');
  const taken: TakenShot[] = [];
  try {
    for (const width of options.widths) {
      const phone = width < 600;
      for (const javaScriptEnabled of [true, false]) {
        const context = await browser.newContext({ viewport: { width, height: phone ? 800 : 900 }, isMobile: phone, hasTouch: phone, javaScriptEnabled });
        for (const lang of langs) {
          for (const p of readerPages(lang).filter((x) => names.includes(x.name) && (x.javaScript !== false) === javaScriptEnabled)) {
            const file = shotFile(lang, p.name, width);
            progress(`${taken.length + 1}. ${p.path} at ${width} px → ${file}`);
            const page = await context.newPage();
            const response = await page.goto(origin + p.path, { waitUntil: 'load' });
            if (response?.status() !== p.status) {
              throw new ChapterhouseError('screenshot-page', `${p.path} answered ${response?.status()}, not ${p.status}`, 'rebuild the site with "npm run build" and try again');
            }
            if (p.ready) await page.locator(p.ready).first().waitFor({ timeout: 15_000 });
            const size = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
            fs.mkdirSync(path.join(out, lang), { recursive: true });
            await page.screenshot({ path: path.join(out, file), fullPage: true, clip: { x: 0, y: 0, width: size.w, height: Math.min(size.h, MAX_HEIGHT) } });
            taken.push({ lang, name: p.name, path: p.path, width, file, scrollWidth: size.w, scrollHeight: size.h, cut: size.h > MAX_HEIGHT });
            await page.close();
          }
        }
        await context.close();
      }
    }
  } finally {
    await close();
  }
  const order = (s: TakenShot) => `${names.indexOf(s.name).toString().padStart(3, '0')} ${s.lang} ${String(s.width).padStart(5, '0')}`;
  taken.sort((a, b) => order(a).localeCompare(order(b)));
  fs.writeFileSync(path.join(out, 'index.html'), contactSheet(taken, `${site.name}: every kind of page`));
  fs.writeFileSync(path.join(out, 'shots.json'), `${JSON.stringify(taken, null, 2)}\n`);
  if (options.json) process.stdout.write(`${JSON.stringify(taken, null, 2)}\n`);
  const sideways = taken.filter((s) => s.scrollWidth > s.width);
  progress(`\n${taken.length} pictures in ${path.relative(process.cwd(), out) || '.'}/ (open index.html to review them).`);
  if (sideways.length) progress(`⚠ ${sideways.length} scroll sideways: ${sideways.map((s) => `${s.file} (${s.scrollWidth} px)`).join(', ')}`);
  return 0;
});
