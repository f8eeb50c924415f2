import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, htmlFiles } from '../support/built-site.ts';

/**
 * Every page of the built demo carries a Content-Security-Policy that allows exactly the scripts the page
 * has: none on content pages, the site's own files on the search page, and any inline script by the hash
 * of its text. Hashes are computed here from the HTML, independently of src/lib/security/csp.ts, so a page
 * that gains an inline script without declaring it fails this test instead of breaking in browsers.
 */
let dist: string;
let pages: string[];
beforeAll(async () => {
  dist = await builtSite();
  pages = htmlFiles(dist);
});

const read = (page: string) => fs.readFileSync(path.join(dist, page), 'utf8');

function policyOf(html: string): Map<string, string[]> | null {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  if (!meta) return null;
  return new Map(meta[1]!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('the Content-Security-Policy of every page', () => {
  it('comes first in <head>, before anything it must govern', () => {
    const late = pages.filter((page) => !/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"/i.test(read(page)));
    expect(pages.length).toBeGreaterThan(50);
    expect(late).toEqual([]);
  });

  it('locks plug-ins and <base> everywhere', () => {
    for (const page of pages) {
      const policy = policyOf(decode(read(page)))!;
      expect(policy.get('object-src'), page).toEqual(["'none'"]);
      expect(policy.get('base-uri'), page).toEqual(["'none'"]);
    }
  });

  it('allows no script on pages that have none, and exactly theirs on the others', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const html = read(page);
      const scriptSrc = policyOf(decode(html))!.get('script-src')!;
      const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!);
      const external = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi)].map((m) => m[1]!);
      const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
      if (inline.length === 0 && external.length === 0 && !scriptSrc.includes("'none'")) wrong.push(`${page}: allows ${scriptSrc.join(' ')} but runs no script`);
      for (const hash of hashes) if (!scriptSrc.includes(hash)) wrong.push(`${page}: an inline script whose hash ${hash} is not allowed`);
      for (const src of external) {
        if (/^[a-z]+:/i.test(src) || src.startsWith('//')) wrong.push(`${page}: loads a script from another site (${src})`);
        else if (!scriptSrc.includes("'self'")) wrong.push(`${page}: loads ${src} without allowing 'self'`);
      }
      if (scriptSrc.includes("'unsafe-inline'") || scriptSrc.includes("'unsafe-eval'")) wrong.push(`${page}: allows ${scriptSrc.join(' ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lets the search page, and only it, load the site\'s script files and WebAssembly', () => {
    const withSelf = pages.filter((page) => policyOf(decode(read(page)))!.get('script-src')!.includes("'self'"));
    expect(withSelf.sort()).toEqual(pages.filter((p) => /^[a-z-]+\/search\/index\.html$/.test(p)).sort());
    expect(withSelf.length).toBeGreaterThan(0);
    for (const page of withSelf) expect(policyOf(decode(read(page)))!.get('script-src'), page).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});
