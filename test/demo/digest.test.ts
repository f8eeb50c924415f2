import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PollView } from '../../src/lib/polls/views.ts';
import { lineText, type DigestDocument } from '../../src/lib/digest/document.ts';
import { digestContext, digestFor, loadDigestSources, siteLink } from '../../src/lib/digest/load.ts';
import { digestPeriod } from '../../src/lib/digest/period.ts';
import { lookupString } from '../../src/i18n/ui-strings.ts';
import { renderDigest } from '../../src/lib/digest/render.ts';
import { selectDigest, type DigestInputs } from '../../src/lib/digest/select.ts';

/**
 * The digest from the demo organization's own records (content/): what it picks for a period, how each
 * language reads it, and what the newsletter files look like. Period edges are tested on the same records,
 * moved in time.
 */
const NOW = new Date('2026-11-26T12:00:00Z');
const sources = loadDigestSources('content', NOW);
const WEEK1 = { since: '2026-11-09T00:00:00.000Z', until: '2026-11-16T00:00:00.000Z' };
const WEEK2 = { since: '2026-11-16T00:00:00.000Z', until: '2026-11-23T00:00:00.000Z' };
const ids = (items: { id?: string; number?: number; slug?: string }[]) => items.map((i) => i.id ?? i.number ?? i.slug);
const link = (lang: string, p: string) => `https://example.org/${lang}/${p}/`;
const doc = (lang: string, period = WEEK2) => digestFor(sources, period, lang, { root: 'content', link, self: link(lang, 'digest/x') });
const section = (d: DigestDocument, key: string) => d.sections.find((s) => s.key === key);

describe('what a digest reports', () => {
  it('picks the decisions, polls, proposals and posts of each demo week', () => {
    const one = selectDigest(sources.inputs, WEEK1);
    expect(ids(one.decisions)).toEqual(['campaign-2027']);
    expect(ids(one.open)).toEqual(['lisbon-cleanup-day']);
    // The field day poll opens that week too, but is told once: under suggestions, with its opening date.
    expect(ids(one.opening)).toEqual(['meeting-guide-update']);
    expect(ids(one.suggestions)).toEqual(['field-day-theme']);
    expect(ids(one.proposals)).toEqual([14]);
    expect(one.posts).toEqual([]);
    const two = selectDigest(sources.inputs, WEEK2);
    expect(ids(two.decisions)).toEqual(['lisbon-cleanup-day']);
    expect(ids(two.open)).toEqual(['field-day-theme', 'meeting-guide-update']);
    expect(ids(two.suggestions)).toEqual(['congress-workshops']);
    expect(ids(two.proposals)).toEqual([15, 16]);
    expect(ids(two.posts)).toEqual(['deciding-at-every-level']);
  });

  it('takes a decision in the period it closed: at the start included, at the end not', () => {
    const campaign = sources.inputs.views.find((v) => v.id === 'campaign-2027')!;
    const at = (closes: string): DigestInputs => ({ ...sources.inputs, views: [{ ...campaign, closes } as PollView] });
    expect(ids(selectDigest(at(WEEK1.since), WEEK1).decisions)).toEqual(['campaign-2027']);
    expect(ids(selectDigest(at(WEEK1.until), WEEK1).decisions)).toEqual([]);
    expect(ids(selectDigest(at(WEEK1.until), WEEK2).decisions)).toEqual(['campaign-2027']);
  });

  it('reports a double majority with both counts, and what a simple majority would have done', () => {
    const [campaign] = selectDigest(sources.inputs, WEEK1).decisions;
    expect(campaign).toMatchObject({ outcome: 'no-majority', winner: null, voters: 25, eligible: 44, chapters: { counted: 6, won: 2, leader: 'harbours' }, simpleMajority: 'harbours', final: true });
    const lines = section(doc('en', WEEK1), 'decisions')!.items[0]!.lines.map(lineText);
    expect(lines).toEqual([
      'No majority',
      'Plastic-free harbours 14 · Replant the eelgrass meadows 9 · Abstain 2 — 25 of 44 voted',
      'Plastic-free harbours: chosen by 2 of 6 chapters',
      'Plastic-free harbours has more than half of all the votes, so a simple majority would have chosen it; it is not the choice of more than half of the chapters, so nothing was decided.',
    ]);
  });
});

describe('a digest in each language', () => {
  it('uses the language\'s own texts, and marks what falls back to English with its language', () => {
    const ja = doc('ja');
    expect(ja.title).toEqual({ text: 'ダイジェスト（2026年11月16日〜2026年11月22日）', lang: 'ja' });
    expect(section(ja, 'decisions')!.items[0]!.title).toEqual({ text: 'リスボン: 毎月の海岸清掃の曜日', lang: 'ja' });
    // The post and the proposals exist in English only.
    expect(section(ja, 'posts')!.items[0]!.title).toEqual({ text: 'Deciding at every level', lang: 'en' });
    expect(section(ja, 'proposals')!.items.map((i) => i.title.lang)).toEqual(['en', 'en']);
    // A label with no Japanese falls back inside a Japanese sentence.
    const es = doc('es', WEEK1);
    const outcome = section(es, 'decisions')!.items[0]!.lines[0]!;
    expect(outcome).toEqual([{ text: 'Sin mayoría', lang: 'es' }]);
  });

  it('falls back per string: a language missing an interface string shows the English one, marked', () => {
    // A Japanese that lacks the heading of the posts section (the engine and the organization both).
    const strings = (code: string): Record<string, string> =>
      code === 'ja' ? { 'digest.section.decisions': '決まったこと' } : { 'digest.section.decisions': 'Decisions made', 'digest.section.posts': 'New posts' };
    expect(lookupString(strings, 'ja', 'digest.section.posts', 'en')).toEqual({ text: 'New posts', lang: 'en' });
    expect(lookupString(strings, 'ja', 'digest.section.decisions', 'en')).toEqual({ text: '決まったこと', lang: 'ja' });
    const ja = doc('ja');
    const withFallback = { ...ja, sections: ja.sections.map((s) => (s.key === 'posts' ? { ...s, heading: lookupString(strings, 'ja', 'digest.section.posts', 'en') } : s)) };
    expect(renderDigest(withFallback, 'html')).toContain('<span lang="en">New posts</span>');
    expect(renderDigest(ja, 'html')).not.toContain('<span lang="en">New posts</span>');
    expect(digestContext(sources, 'ja', { root: 'content', link, self: '' }).t('no.such.key')).toEqual({ text: 'no.such.key', lang: 'en' });
  });

  it('links every item to the page in the reader\'s language', () => {
    const es = doc('es');
    expect(section(es, 'decisions')!.items[0]!.url).toBe('https://example.org/es/polls/lisbon-cleanup-day/');
    expect(section(es, 'posts')!.items[0]!.url).toBe('https://example.org/es/blog/deciding-at-every-level/');
    expect(section(es, 'translations')!.items.map((i) => i.title.text)).toEqual(['Español']);
  });
});

describe('the newsletter files', () => {
  it('HTML: one self-contained document, styles inline, no scripts, images, style sheets or links to other files', () => {
    const html = renderDigest(doc('es'), 'html');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="es" dir="ltr"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'/);
    expect(html).not.toMatch(/<(script|style|link|img|iframe)\b/i);
    expect(html).not.toMatch(/\son\w+=/i);
    // Every element in the body carries its own style, since mail tools drop style sheets.
    const body = html.slice(html.indexOf('<body'));
    const tags = [...body.matchAll(/<(\w+)([^>]*)>/g)].filter(([, tag]) => !['span', 'br', 'strong'].includes(tag!));
    expect(tags.filter(([, , attrs]) => !/style="/.test(attrs!)).map(([t]) => t)).toEqual([]);
    // The English post in a Spanish digest is marked as English.
    expect(html).toContain('<span lang="en">Deciding at every level</span>');
  });

  it('escapes hostile titles in every format', () => {
    const hostile = { ...doc('en'), sections: [{ key: 'proposals' as const, heading: { text: 'New proposals', lang: 'en' }, items: [{ title: { text: '<script>alert(1)</script> [x](javascript:alert(1)) *bold*', lang: 'en' }, url: 'javascript:alert(1)', lines: [] }] }] };
    const html = renderDigest(hostile, 'html');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('href="#"');
    expect(html).not.toContain('<script>');
    expect(renderDigest(hostile, 'md')).toContain('\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1)) \\*bold\\*');
  });

  it('text and Markdown carry the same items with their links', () => {
    const text = renderDigest(doc('en'), 'text');
    expect(text).toContain('DECISIONS MADE\n\n* Lisbon: the day of our monthly beach clean-up\n  Decided: Saturday morning\n');
    expect(text).toContain('  https://example.org/en/polls/lisbon-cleanup-day/\n');
    const md = renderDigest(doc('en'), 'md');
    expect(md).toContain('## Decisions made\n\n- **[Lisbon: the day of our monthly beach clean-up](https://example.org/en/polls/lisbon-cleanup-day/)**\n  Decided: Saturday morning  \n');
  });

  it('builds absolute links with the deploy base path, as the site is published', () => {
    expect(siteLink({ url: 'https://org.example' }, 'es', 'polls/x', {})).toBe('https://org.example/es/polls/x/');
    expect(siteLink({ url: 'https://org.example' }, 'es', 'polls/x', { SITE_URL: 'https://o.github.io', BASE_PATH: '/site' })).toBe('https://o.github.io/site/es/polls/x/');
  });
});

describe('the period', () => {
  const now = new Date('2026-11-23T06:15:00Z');
  it('runs from --since to now, or a week back', () => {
    expect(digestPeriod({ since: '2026-11-01', now, record: false })).toEqual({ since: '2026-11-01T00:00:00.000Z', until: '2026-11-23T06:15:00.000Z' });
    expect(digestPeriod({ now, record: false }).since).toBe('2026-11-16T06:15:00.000Z');
  });

  it('records whole days, starting where the last recorded digest ended', () => {
    expect(digestPeriod({ now, record: true })).toEqual({ since: '2026-11-16T00:00:00.000Z', until: '2026-11-23T00:00:00.000Z' });
    expect(digestPeriod({ now, record: true, lastUntil: '2026-11-09T00:00:00.000Z' })).toEqual({ since: '2026-11-09T00:00:00.000Z', until: '2026-11-23T00:00:00.000Z' });
  });

  it('refuses dates it cannot read, and a period that covers nothing', () => {
    expect(() => digestPeriod({ since: '1 November', now, record: false })).toThrow('--since "1 November" is not a date');
    expect(() => digestPeriod({ since: '2026-11-01T09:00:00', now, record: false })).toThrow('is not a date');
    expect(() => digestPeriod({ since: '2026-12-01', now, record: false })).toThrow('the digest would cover nothing');
  });
});
