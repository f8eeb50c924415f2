/**
 * `npm run bench:pages`: what each kind of page costs a reader. Loads one page of every kind
 * from the built site in Chromium, records every response, and prints HTML, CSS, JavaScript and other
 * bytes (raw and gzip) with the request count (the favicon left out). Exits non-zero when a content page loads JavaScript (only
 * the search page may) or a page is not served with the status it should have.
 */
import { ChapterhouseError } from '../src/lib/errors.ts';
import { formatTable, pageWeight, ruleBreaks, type LoadedResource, type Measured } from '../src/lib/bench/page-weight.ts';
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { browseBuiltSite } from '../test/support/browse-site.ts';
import { readerPages } from '../test/support/reader-pages.ts';

const command = {
  name: 'npm run bench:pages',
  summary:
    'load one page of every kind from the built site (dist/, built first when missing or stale) in Chromium and print what ' +
    'each costs a reader: HTML, CSS, JavaScript and other bytes, raw and gzipped, and the request count. Exits 1 when a ' +
    'content page loads JavaScript (only search may) or a page is not served with the status it should have.',
  flags: {
    json: { type: 'boolean', description: 'print the figures as JSON on stdout' },
  },
  env: { CHROMIUM_PATH: 'the Chromium or Chrome binary (default /usr/bin/chromium)' },
  examples: ['npm run bench:pages', 'npm run bench:pages -- --json > weights.json'],
} as const;

await runCommand(command, async ({ flags }) => {
  const json = flags.json;
  const { origin, browser, close } = await browseBuiltSite('npm run bench:pages');
  const measured: Measured[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The language choice at / is what a browser without scripts sees (with them, it leaves at once).
    const withoutScripts = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    for (const p of readerPages()) {
      progress(`Loading ${p.path}`);
      const page = await (p.javaScript === false ? withoutScripts : context).newPage();
      const pending: Promise<LoadedResource | null>[] = [];
      page.on('response', (res) => {
        // Chromium fetches the favicon lazily (sometimes after the page is idle) and browsers keep it across
        // the site, so counting it would make the figures flicker between runs.
        if (new URL(res.url()).pathname.endsWith('/favicon.svg')) return;
        pending.push(
          (async () => {
            if (res.status() >= 300 && res.status() < 400) return null; // redirects carry no body
            const body = await res.body().catch(() => Buffer.alloc(0));
            return { url: res.url(), resourceType: res.request().resourceType(), contentType: res.headers()['content-type'] ?? '', body };
          })(),
        );
      });
      const response = await page.goto(origin + p.path, { waitUntil: 'load' });
      if (p.ready) await page.locator(p.ready).first().waitFor({ timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      const resources = (await Promise.all(pending)).filter((r): r is LoadedResource => r !== null);
      measured.push({ path: p.path, allowsScript: p.allowsScript, expectedStatus: p.status, status: response?.status(), weight: pageWeight(p.name, p.path, resources) });
      await page.close();
    }
  } finally {
    await close();
  }
  const rows = measured.map((m) => m.weight);
  if (json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else process.stdout.write(`${formatTable(rows)}\n`);
  const failures = ruleBreaks(measured);
  if (failures.length > 0) {
    throw new ChapterhouseError(
      'page-weight',
      `${failures.length} page${failures.length === 1 ? '' : 's'} broke the page-weight rules:\n${failures.map((f) => `  ${f}`).join('\n')}`,
      'remove client scripts from content pages (only the search page may run JavaScript) and make sure every page above is built',
    );
  }
});
