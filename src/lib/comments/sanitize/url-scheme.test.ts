import { describe, expect, it } from 'vitest';
import { urlScheme } from './url-scheme.ts';

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
