import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, scriptHash } from './csp.ts';

const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe('contentSecurityPolicy', () => {
  it('runs no script at all by default, and locks plug-ins, <base> and frames', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('script-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });

  it('allows what a page declares, and only that', () => {
    const code = 'document.documentElement.dataset.lang = navigator.language;';
    const policy = directives(contentSecurityPolicy({ self: true, wasm: true, inline: [code, code], hosts: ['https://giscus.app'], frames: ['https://giscus.app'] }));
    const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", hash, 'https://giscus.app']);
    expect(policy.get('frame-src')).toEqual(['https://giscus.app']);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('refuses hosts that are not plain https origins', () => {
    for (const host of ['http://giscus.app', 'https://giscus.app/client.js', "'unsafe-inline'", 'https://a.example; script-src *']) {
      expect(() => contentSecurityPolicy({ hosts: [host] }), host).toThrow(/must be https:\/\/ origins/);
    }
  });
});

describe('scriptHash', () => {
  it('is the hash of the exact text, so one changed character needs a new one', () => {
    expect(scriptHash('a')).toBe("'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='");
    expect(scriptHash('a ')).not.toBe(scriptHash('a'));
  });
});
