import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../schemas/chapter.ts';
import { isExecutableAttribute, isGitHubWebUrl, isUrlAttribute, judgeUrl, refusedUrlInAttribute, SAFE_URL_SCHEMES, urlScheme } from './url-policy.ts';

describe('urlScheme', () => {
  it.each([
    ['https://example.org/a', 'https'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['jav\tascript:alert(1)', 'javascript'],
    ['jav\nascript:alert(1)', 'javascript'],
    ['\u0001 \u000e javascript:alert(1)', 'javascript'],
    ['  data:text/html;base64,PHNjcmlwdD4=', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['mailto:someone@example.org', 'mailto'],
  ])('reads the scheme of %j as %s', (value, scheme) => {
    expect(urlScheme(value)).toBe(scheme);
  });

  it.each(['/owner/repo', '#fn-1', '?q=a:b', 'images/a:b.png', '//example.org/x', ''])('treats %j as relative', (value) => {
    expect(urlScheme(value)).toBeNull();
  });
});

describe('judgeUrl', () => {
  it.each(['https://example.org/a?b=c#d', 'http://example.org', 'mailto:hello@example.org', '/en/handbook/', '../mission/', '#top', 'photo.jpg', '?page=2', 'https://[::1]/'])(
    'allows %j',
    (url) => expect(judgeUrl(url)).toEqual({ ok: true }),
  );

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['\u0000javascript:alert(1)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['file:///etc/passwd', 'file'],
    ['tel:+351000000', 'tel'],
  ])('refuses %j for its scheme', (url, scheme) => {
    expect(judgeUrl(url)).toEqual({ ok: false, reason: 'scheme', scheme });
  });

  it.each(['http://[::1', 'https://exa mple.org/', 'http://', '%E0%A4%A.png', 'https://example.org/100%'])('refuses %j as unreadable', (url) => {
    expect(judgeUrl(url)).toEqual({ ok: false, reason: 'unparseable' });
  });
});

describe('attributes', () => {
  it('knows URL attributes by their HTML and their hast names', () => {
    for (const name of ['href', 'SRC', 'srcset', 'srcSet', 'xlink:href', 'xLinkHref', 'formaction', 'formAction', 'poster', 'longDesc']) {
      expect(isUrlAttribute(name), name).toBe(true);
    }
    for (const name of ['title', 'alt', 'className', 'id']) expect(isUrlAttribute(name), name).toBe(false);
  });

  it('finds a refused candidate inside a srcset', () => {
    expect(refusedUrlInAttribute('srcset', 'a.png 1x, javascript:alert(1) 2x')?.url).toBe('javascript:alert(1)');
    expect(refusedUrlInAttribute('srcSet', 'a.png 1x, b.png 2x')).toBeNull();
  });

  it('treats event handlers, style and srcdoc as executable whatever their value', () => {
    for (const name of ['onclick', 'onError', 'ONMOUSEOVER', 'style', 'srcdoc', 'srcDoc', 'dangerouslySetInnerHTML']) {
      expect(isExecutableAttribute(name), name).toBe(true);
    }
    for (const name of ['open', 'href', 'title', 'noValidate']) expect(isExecutableAttribute(name), name).toBe(false);
  });
});

describe('isGitHubWebUrl', () => {
  it('accepts https addresses on the configured server only', () => {
    expect(isGitHubWebUrl('https://github.com/o/r/discussions/1#discussioncomment-2', 'https://github.com')).toBe(true);
    expect(isGitHubWebUrl('https://ghe.example.org/o/r/pull/3', 'https://ghe.example.org/')).toBe(true);
    for (const url of ['http://github.com/o/r', 'https://github.com.attacker.example/', 'https://user@github.com/', 'javascript:alert(1)', ' https://github.com/', 'https://[::1']) {
      expect(isGitHubWebUrl(url, 'https://github.com'), url).toBe(false);
    }
  });
});

describe('data fields follow the same policy', () => {
  it('a chapter contact takes exactly the allowed schemes', () => {
    const contact = chapterSchema.shape.contact;
    for (const scheme of ['https', 'http', 'mailto', 'javascript', 'data', 'vbscript', 'file', 'tel']) {
      expect(contact.safeParse(`${scheme}:${scheme === 'mailto' ? 'a@example.org' : '//example.org/x'}`).success, scheme).toBe(SAFE_URL_SCHEMES.has(scheme));
    }
  });
});
