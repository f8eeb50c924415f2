/**
 * What happened since a date, in each language: decisions made (outcome and figures), polls open now and
 * opening soon (with how to vote), suggestion periods running, proposals opened, new posts, and pages waiting
 * for translation. Written to stdout in one language, or with --out into one file per language, ready to paste
 * into a mailing list or newsletter tool. --record writes content/digests/<date>.yml, which publishes the
 * digest on the site (/<lang>/digest/<date>/); the deploy workflow does that weekly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { contentRoot, repoRelative } from '../src/lib/content/paths.ts';
import { digestDir, digestFor, loadDigestSources, readDigestRecords, siteLink } from '../src/lib/digest/load.ts';
import { digestPeriod, instant } from '../src/lib/digest/period.ts';
import { renderDigest, type DigestFormat } from '../src/lib/digest/render.ts';
import { selectDigest } from '../src/lib/digest/select.ts';
import { ChapterhouseError, ContentError } from '../src/lib/errors.ts';
import { currentTime } from '../src/lib/now.ts';

const command = {
  name: 'npm run digest',
  summary:
    'what happened in the organization in a period, as a newsletter in each language: decisions made (outcome and ' +
    'figures), polls open and opening soon (with how to vote), suggestion periods, new proposals and posts, and pages ' +
    'waiting for translation. Written to stdout in one language, or with --out one file per language.',
  flags: {
    since: { type: 'string', value: 'DATE', description: 'start of the period (2026-11-01, or a timestamp with its zone); default: a week before its end, or with --record the end of the last recorded digest' },
    until: { type: 'string', value: 'DATE', description: 'end of the period (not included); default: now, or with --record the start of today (UTC)' },
    lang: { type: 'string', value: 'code', description: "the language to write (default: the site's default language); with --out, only this one" },
    format: { type: 'string', value: 'text|md|html', description: 'text (default), md (Markdown) or html (one self-contained file for mail tools)' },
    out: { type: 'string', value: 'dir', description: 'write one file per language into this folder (digest-<date>.<lang>.<txt|md|html>) instead of stdout' },
    record: { type: 'boolean', description: 'record the period in content/digests/<date>.yml, which publishes the digest on the site (the deploy workflow does this weekly)' },
    json: { type: 'boolean', description: 'print what the digest reports, in no language, as JSON on stdout' },
    now: { type: 'string', value: 'ISO', description: 'the current time (for tests and rebuilding a past digest)' },
  },
  examples: ['npm run digest -- --since 2026-11-01 --lang es --format html > digest.html', "npm run digest -- --record   (the deploy workflow's weekly run)"],
} as const;

const FORMATS: Record<DigestFormat, string> = { text: 'txt', md: 'md', html: 'html' };

await runCommand(command, async ({ flags: args }) => {
  const now = args.now !== undefined ? new Date(instant(args.now, '--now')) : currentTime();
  const format = (args.format ?? 'text') as DigestFormat;
  if (!(format in FORMATS)) throw new ChapterhouseError('bad-flag', `--format "${args.format}" is not one of text, md, html`, 'write --format text, --format md or --format html');

  const root = contentRoot();
  const { digests, problems } = readDigestRecords(root);
  if (problems.length) throw new ContentError(problems);
  if (args.record && args.since === undefined && args.until === undefined) {
    // The weekly run, run again the same day (a retried job): the digest is there already.
    const today = now.toISOString().slice(0, 10);
    const done = digests.find((d) => d.date === today);
    if (done) {
      progress(`The digest for the period ending ${today} is recorded already (${done.file}): nothing to do.`);
      return 0;
    }
  }
  const period = digestPeriod({ since: args.since, until: args.until, now, record: args.record ?? false, lastUntil: digests[0]?.until });
  progress(`Digest of ${period.since} to ${period.until} (not included)`);

  const sources = loadDigestSources(root, now);
  const { site } = sources;
  const codes = site.languages.map((l) => l.code);
  if (args.lang !== undefined && !codes.includes(args.lang)) {
    throw new ChapterhouseError('unknown-language', `there is no language "${args.lang}" in content/site.yml`, `use one of ${codes.join(', ')}`);
  }
  const date = period.until.slice(0, 10);

  if (args.record) {
    const file = path.join(digestDir(root), `${date}.yml`);
    if (fs.existsSync(file)) throw new ChapterhouseError('digest-exists', `${repoRelative(file)} exists already: a digest for the period ending ${date} was recorded`, 'leave it as it is (a published digest is not rewritten), or give another --until');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const stamp = (iso: string) => iso.replace(/\.000Z$/, 'Z');
    fs.writeFileSync(file, `# Written by npm run digest -- --record: the period this digest covers (the end is not included).\nsince: ${stamp(period.since)}\nuntil: ${stamp(period.until)}\n`);
    progress(`Recorded ${repoRelative(file)}: the site publishes it at /<lang>/digest/${date}/`);
  }

  if (args.json) {
    process.stdout.write(`${JSON.stringify(selectDigest(sources.inputs, period), null, 2)}\n`);
    return 0;
  }
  const render = (lang: string) => {
    const doc = digestFor(sources, period, lang, { root, link: (l, p) => siteLink(site, l, p), self: siteLink(site, lang, `digest/${date}`) });
    return renderDigest(doc, format, site.languages.find((l) => l.code === lang)?.dir ?? 'ltr');
  };
  if (args.out !== undefined) {
    fs.mkdirSync(args.out, { recursive: true });
    for (const lang of args.lang ? [args.lang] : codes) {
      const file = path.join(args.out, `digest-${date}.${lang}.${FORMATS[format]}`);
      fs.writeFileSync(file, render(lang));
      progress(`  wrote ${file}`);
    }
    return 0;
  }
  if (!args.record) process.stdout.write(render(args.lang ?? site.defaultLanguage));
  return 0;
});
