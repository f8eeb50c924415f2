import { describe, expect, it } from 'vitest';
import { isMeaningfulChange, isSkipped } from './meaningful.ts';

const page = (front: string, body: string) => `---\n${front}\n---\n${body}`;
const original = page('title: Mission\nsummary: Why we exist.\norder: 1\nstatus: adopted', '\n## Why\n\nWe restore shores.\nTogether.\n');

describe('isMeaningfulChange', () => {
  it('sees a changed word in the body', () => {
    expect(isMeaningfulChange(original, original.replace('restore', 'repair'))).toBe(true);
  });
  it('sees a changed title or summary', () => {
    expect(isMeaningfulChange(original, original.replace('title: Mission', 'title: Our mission'))).toBe(true);
    expect(isMeaningfulChange(original, original.replace('Why we exist.', 'Why we are here.'))).toBe(true);
  });
  it('ignores re-wrapped lines, trailing spaces and blank lines', () => {
    const rewrapped = original.replace('We restore shores.\nTogether.', 'We restore   shores. Together.  \n\n');
    expect(isMeaningfulChange(original, rewrapped)).toBe(false);
  });
  it('still sees words run together or split apart', () => {
    expect(isMeaningfulChange(original, original.replace('We restore', 'Werestore'))).toBe(true);
  });
  it('ignores frontmatter fields readers never see as text', () => {
    const edited = original.replace('order: 1', 'order: 4').replace('status: adopted', 'status: adopted\nadopted: 2024-01-01\ndiscussion: 12');
    expect(isMeaningfulChange(original, edited)).toBe(false);
  });
  it('ignores a re-quoted title whose words are the same', () => {
    expect(isMeaningfulChange(original, original.replace('title: Mission', "title: 'Mission'"))).toBe(false);
  });
  it('treats a file appearing or disappearing as meaningful', () => {
    expect(isMeaningfulChange(null, original)).toBe(true);
    expect(isMeaningfulChange(original, null)).toBe(true);
    expect(isMeaningfulChange(null, null)).toBe(false);
  });
  it('compares files without frontmatter, and old versions with broken YAML, as plain text', () => {
    expect(isMeaningfulChange('Hello  world\n', 'Hello world')).toBe(false);
    expect(isMeaningfulChange('Hello world', 'Hello there')).toBe(true);
    const broken = page('title: [unclosed', 'Body');
    expect(isMeaningfulChange(broken, `${broken}\n`)).toBe(false);
    expect(isMeaningfulChange(broken, broken.replace('Body', 'Text'))).toBe(true);
  });
});

describe('isSkipped', () => {
  it('honours an i18n: skip trailer in any case', () => {
    expect(isSkipped({ trailers: { i18n: ['skip'] } })).toBe(true);
    expect(isSkipped({ trailers: { i18n: ['Skip '] } })).toBe(true);
  });
  it('ignores other trailers and other values', () => {
    expect(isSkipped({ trailers: {} })).toBe(false);
    expect(isSkipped({ trailers: { i18n: ['review'] } })).toBe(false);
    expect(isSkipped({ trailers: { 'co-authored-by': ['skip'] } })).toBe(false);
  });
});
